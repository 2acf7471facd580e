// The portal's entry: who is signed in (GET /api/me), then the page for their role, chosen by
// the address's hash so that the browser's back button and links work without a server route.
import { createApi } from './api.js';
import { renderCommuneView } from './commune-view.js';
import { h, replace } from './dom.js';
import { errorBox } from './error-box.js';
import { renderProvinceView } from './province-view.js';
import { session } from './session.js';
import { renderSignIn } from './signin-view.js';
import { renderSummaryView } from './summary-view.js';

const main = document.getElementById('main');
const who = document.getElementById('who');
let signedIn = null; // { api, me }
let cleanup = null;

function describe(me) {
  return me.role === 'province'
    ? `Cán bộ tỉnh ${me.provinceName ?? me.province}`
    : `Cán bộ xã ${me.communeName ?? me.commune}, tỉnh ${me.provinceName ?? me.province}`;
}

function navigate(hash) {
  if (location.hash === hash) route();
  else location.hash = hash;
}

function parseHash() {
  const [path, query] = location.hash.replace(/^#/, '').split('?');
  return { path: path || '/', params: new URLSearchParams(query ?? '') };
}

function route() {
  // Only #/… addresses are pages; the skip link's #main must just move focus, as the browser does.
  if (!signedIn || (location.hash && !location.hash.startsWith('#/'))) return;
  cleanup?.();
  cleanup = null;
  const { api, me } = signedIn;
  const { path, params } = parseHash();
  const term = params.get('term') ?? undefined;
  const commune = path.match(/^\/xa\/([^/]+\/[^/]+)$/)?.[1];

  if (commune) {
    document.title = 'Tổng hợp xã — Chỉ tiêu xã';
    // A clerk has no list of communes: the way back is to the upload page.
    cleanup = renderSummaryView(main, {
      api, me, commune: decodeURIComponent(commune), term, navigate,
      backHref: me.role === 'province' ? `#/tinh${term ? `?term=${encodeURIComponent(term)}` : ''}` : '#/',
      backLabel: me.role === 'province' ? '← Quay lại danh sách' : '← Về trang nộp biểu',
    });
  } else if (me.role === 'province') {
    document.title = `Tỉnh ${me.provinceName ?? ''} — Chỉ tiêu xã`;
    cleanup = renderProvinceView(main, { api, me, term, navigate });
  } else {
    document.title = `Xã ${me.communeName ?? ''} — Chỉ tiêu xã`;
    renderCommuneView(main, { api, me });
  }
  main.querySelector('h1')?.focus({ preventScroll: true });
}

function showWho(me) {
  replace(who,
    h('span', { class: 'who-name' }, describe(me)),
    h('button', { type: 'button', class: 'link-button', onclick: signOut }, 'Đăng xuất'));
}

function signOut() {
  session.forget();
  signedIn = null;
  cleanup?.();
  replace(who);
  history.replaceState(null, '', location.pathname);
  renderSignIn(main, trySignIn, 'Đã đăng xuất.');
}

const StaleKeyNotice = 'Khóa truy cập đã lưu không còn dùng được (đã hết hiệu lực hoặc bị thu hồi). Hãy đăng nhập lại bằng khóa mới.';

/** The key stopped working while the tab was open: back to the sign-in form, saying why (not a bare form). */
function keyStoppedWorking() {
  if (!signedIn) return;
  session.forget();
  signedIn = null;
  cleanup?.();
  cleanup = null;
  replace(who);
  renderSignIn(main, trySignIn, StaleKeyNotice);
}

async function trySignIn(key) {
  const api = createApi(key);
  const me = await api.get('/api/me');
  api.knowUploadLimit(me.maxUploadBytes);
  // Only a signed-in key can go stale; a wrong key at the form is said by the form itself.
  if (key) api.onUnauthorized(keyStoppedWorking);
  if (key) session.remember(key);
  signedIn = { api, me };
  showWho(me);
  route();
}

// Locally the access key is the only way in; in Azure the App Service sign-in may already be there.
const isLocalHost = ['127.0.0.1', 'localhost', '[::1]'].includes(location.hostname);

async function start() {
  if (isLocalHost && !session.key()) {
    renderSignIn(main, trySignIn);
    return;
  }
  const stored = session.key();
  try {
    // A remembered key, or in Azure the App Service sign-in, needs no form.
    await trySignIn(stored);
  } catch (error) {
    if (error.status === 401 || error.status === 403) {
      // The remembered key stopped working (expired, revoked, its commune removed): say so, not just ask again.
      session.forget();
      renderSignIn(main, trySignIn, error.status === 403 ? error.message : stored ? StaleKeyNotice : 'Hãy đăng nhập để tiếp tục.');
    } else {
      replace(main, h('h1', { tabindex: '-1' }, 'Không mở được cổng'), errorBox(error, start));
    }
  }
}

window.addEventListener('hashchange', route);
start();
