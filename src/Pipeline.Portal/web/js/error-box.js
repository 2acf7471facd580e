// A failed load said in words, with a way to try again: a clerk on a weak connection should not
// have to reload the page and sign in again.
import { h } from './dom.js';

/**
 * An alert with the error's Vietnamese message and, when <retry> is given, a "Thử lại" button that calls it.
 * The box is drawn over by what the retry loads: if that left the keyboard nowhere (on the page's body),
 * it goes to the box's place when that can take focus, else to the page's heading.
 */
export function errorBox(error, retry) {
  const box = h('div', { class: 'error-box', role: 'alert' },
    h('p', {}, error?.message ?? 'Đã có lỗi.'),
    retry ? h('button', {
      type: 'button',
      class: 'secondary retry',
      onclick: async () => {
        const place = box.parentElement;
        await retry();
        if (document.activeElement && document.activeElement !== document.body) return;
        const target = place?.isConnected && place.hasAttribute('tabindex') ? place : document.querySelector('main h1');
        target?.focus({ preventScroll: false });
      },
    }, 'Thử lại') : null);
  return box;
}
