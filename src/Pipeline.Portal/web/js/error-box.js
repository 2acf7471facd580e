// A failed load said in words, with a way to try again: a clerk on a weak connection should not
// have to reload the page and sign in again.
import { h } from './dom.js';

/** An alert with the error's Vietnamese message and, when <retry> is given, a "Thử lại" button that calls it. */
export function errorBox(error, retry) {
  return h('div', { class: 'error-box', role: 'alert' },
    h('p', {}, error?.message ?? 'Đã có lỗi.'),
    retry ? h('button', { type: 'button', class: 'secondary retry', onclick: retry }, 'Thử lại') : null);
}
