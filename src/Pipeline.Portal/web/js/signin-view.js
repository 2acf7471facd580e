// Sign-in with the access key the local host printed (in Azure, App Service sign-in comes first
// and this form is not shown).
import { h, replace, uniqueId } from './dom.js';

/** onKey(key) resolves when the key works and rejects with an error whose message is shown. */
export function renderSignIn(main, onKey, notice) {
  const id = uniqueId('access-key');
  const hintId = uniqueId('access-key-hint');
  const input = h('input', { id, name: 'accessKey', type: 'password', autocomplete: 'off', required: true, spellcheck: 'false', 'aria-describedby': hintId });
  const error = h('p', { class: 'form-error', role: 'alert' });
  const button = h('button', { type: 'submit', class: 'primary' }, 'Đăng nhập');

  const form = h('form', {
    class: 'panel signin',
    onsubmit: async (event) => {
      event.preventDefault();
      const key = input.value.trim();
      if (!key) {
        error.textContent = 'Hãy nhập khóa truy cập.';
        input.focus();
        return;
      }
      button.disabled = true;
      error.textContent = '';
      try {
        await onKey(key);
      } catch (failure) {
        error.textContent = failure.status === 401 ? 'Khóa truy cập không đúng. Hãy kiểm tra lại khóa được cấp.' : failure.message;
        input.focus();
      } finally {
        button.disabled = false;
      }
    },
  },
  h('div', { class: 'field' }, h('label', { for: id }, 'Khóa truy cập'), input),
  h('p', { id: hintId, class: 'muted small' }, 'Khóa do quản trị hệ thống cấp cho cán bộ xã hoặc cán bộ tỉnh. Khóa chỉ được nhớ trong thẻ trình duyệt này và mất khi đóng thẻ.'),
  error,
  h('div', { class: 'actions' }, button));

  replace(main,
    h('h1', { tabindex: '-1' }, 'Đăng nhập'),
    h('p', { class: 'lead' }, 'Cổng nộp và theo dõi biểu chỉ tiêu Nghị quyết Đại hội của các xã.'),
    form);
  input.focus();
  // Set once the alert is in the page, so that screen readers announce it (text an alert is born with is often not read).
  if (notice) setTimeout(() => { if (!error.textContent) error.textContent = notice; }, 50);
}
