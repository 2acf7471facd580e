// The province officer's review of a commune's current annex for a term (docs/api.md, "Province
// review"): where it stands, and Xác nhận / Trả lại (a general comment, and comments on chosen
// targets) / Mở lại (a reason), each asked again before it is sent, the API's Vietnamese refusal
// shown as it comes (another officer decided first, a newer upload is being scored, …).
import { communePath } from './api.js';
import { h, replace, uniqueId } from './dom.js';
import { date, dateTime } from './format.js';
import { rowCommentsList } from './history-list.js';
import { reviewActionLabel } from './labels.js';
import { reviewBadge } from './review-badge.js';

/** The decisions that fit a state (the API answers 409 decision-not-allowed to the others). */
const Allowed = {
  notSubmitted: [],
  submitted: ['confirm', 'return'],
  returned: ['reopen'],
  confirmed: ['reopen'],
};

function textArea(label, name, hint) {
  const id = uniqueId(name);
  const hintId = hint ? uniqueId(`${name}-hint`) : null;
  const control = h('textarea', { id, name, rows: '3', maxlength: '2000', 'aria-describedby': hintId });
  return { control, element: h('div', { class: 'field' }, h('label', { for: id }, label), hint ? h('p', { id: hintId, class: 'muted small' }, hint) : null, control) };
}

/**
 * <targets>: the targets of the current annex ({ordinal, indicator}), offered for row comments.
 * <onDecided>() is called after a decision was stored, to reload what it changed (the history).
 * Returns { element, show(review) }.
 */
export function createReviewPanel({ api, commune, term, targets, onDecided }) {
  const summary = h('div', { class: 'review-summary' });
  const actions = h('div', { class: 'actions review-actions' });
  const formSlot = h('div', { class: 'review-form-slot' });
  const live = h('div', { class: 'review-result', role: 'status', 'aria-live': 'polite', tabindex: '-1' });
  const element = h('section', { class: 'panel review-panel', 'aria-labelledby': 'review-heading' },
    h('h2', { id: 'review-heading' }, 'Duyệt biểu'), summary, actions, formSlot, live);
  let current = null;

  function describe(review) {
    const last = review.lastDecision;
    replace(summary,
      h('p', {}, 'Tình trạng: ', reviewBadge(review)),
      h('p', { class: 'small' },
        review.firstSubmittedAt ? `Nộp lần đầu lúc ${dateTime(review.firstSubmittedAt)}. ` : 'Xã chưa nộp biểu. ',
        review.deadline ? `Hạn nộp: ${date(review.deadline)}.` : 'Tỉnh chưa đặt hạn nộp cho nhiệm kỳ này.'),
      last ? h('div', { class: 'last-decision' },
        h('p', {}, h('strong', {}, `Quyết định gần nhất: ${reviewActionLabel[last.action] ?? ''}`), ` bởi ${last.by ?? '—'} lúc ${dateTime(last.at)}`,
          last.comment ? ` — “${last.comment}”` : ''),
        rowCommentsList(last.rows)) : null);
  }

  function show(review) {
    current = review;
    describe(review);
    replace(formSlot);
    const allowed = Allowed[review.state] ?? [];
    replace(actions,
      allowed.includes('confirm') ? h('button', { type: 'button', class: 'primary', onclick: () => open('confirm') }, 'Xác nhận') : null,
      allowed.includes('return') ? h('button', { type: 'button', class: 'secondary', onclick: () => open('return') }, 'Trả lại') : null,
      allowed.includes('reopen') ? h('button', { type: 'button', class: 'secondary', onclick: () => open('reopen') }, 'Mở lại') : null,
      allowed.length ? null : h('p', { class: 'muted' }, 'Xã chưa có biểu được chấm cho nhiệm kỳ này nên chưa duyệt được.'));
  }

  /** The form of one decision, asking again before sending: what it does, and its comments. */
  function open(decision) {
    const error = h('p', { class: 'form-error', role: 'alert' });
    const comment = decision === 'confirm' ? null
      : textArea(decision === 'return' ? 'Nhận xét chung (bắt buộc)' : 'Lý do mở lại (bắt buộc)', `review-${decision}-comment`,
        decision === 'return' ? 'Xã sẽ thấy nhận xét này cùng các nhận xét từng chỉ tiêu.' : null);
    const rows = decision === 'return' ? rowPicker() : null;
    const question = {
      confirm: 'Xác nhận biểu này? Sau khi xác nhận, biểu bị khóa: xã không nộp biểu thay thế được cho đến khi tỉnh mở lại.',
      return: 'Trả lại biểu để xã sửa và nộp lại. Hãy ghi nhận xét chung; có thể thêm nhận xét cho từng chỉ tiêu.',
      reopen: 'Mở lại biểu: biểu trở về “Chờ duyệt” và xã được nộp biểu mới.',
    }[decision];
    const submit = h('button', { type: 'submit', class: 'primary' },
      { confirm: 'Đồng ý xác nhận', return: 'Trả lại biểu cho xã', reopen: 'Mở lại biểu' }[decision]);
    const form = h('form', {
      class: `review-form review-form-${decision}`,
      onsubmit: async (event) => {
        event.preventDefault();
        const text = comment?.control.value.trim() ?? '';
        if (comment && !text) {
          error.textContent = decision === 'return' ? 'Hãy ghi nhận xét chung để xã biết cần sửa gì.' : 'Hãy ghi lý do mở lại.';
          comment.control.focus();
          return;
        }
        submit.disabled = true;
        try {
          const review = await api.postJson(`/api/communes/${communePath(commune)}/review`, {
            term, decision, comment: text || null, rows: rows?.chosen() ?? [],
            // The annex the officer read: a newer one since is refused (409 annex-changed), never decided unseen.
            uploadId: current?.uploadId ?? null,
          });
          show(review);
          replace(live, h('strong', {}, { confirm: 'Đã xác nhận biểu.', return: 'Đã trả lại biểu cho xã.', reopen: 'Đã mở lại biểu.' }[decision]));
          live.focus();
          await onDecided?.();
        } catch (failure) {
          // The API's Vietnamese detail: another officer decided first, a newer upload is being scored, …
          error.textContent = failure.message;
          if (failure.status === 409) {
            // The state moved under the officer: show where it now stands above the form, which stays open.
            try {
              const latest = await api.get(`/api/communes/${communePath(commune)}/review?term=${encodeURIComponent(term)}`);
              current = latest;
              describe(latest);
              error.textContent = `${failure.message} Tình trạng mới nhất đã hiện ở trên.`;
            } catch {
              // the refusal alone is said
            }
          }
          submit.disabled = false;
          error.setAttribute('tabindex', '-1');
          error.focus();
        }
      },
    },
    h('p', {}, question),
    comment?.element,
    rows?.element,
    error,
    h('div', { class: 'actions' }, submit, h('button', { type: 'button', class: 'secondary', onclick: () => { replace(formSlot); actions.querySelector('button')?.focus(); } }, 'Thôi')));
    replace(live);
    replace(formSlot, form);
    (comment?.control ?? submit).focus();
  }

  /** Comments on chosen targets: pick a target, write the comment, add it; each can be taken back. */
  function rowPicker() {
    const chosen = new Map();
    const seen = new Set();
    const options = (targets ?? []).filter((t) => t.ordinal && !seen.has(t.ordinal) && seen.add(t.ordinal));
    const pickId = uniqueId('review-row');
    const pick = h('select', { id: pickId, name: 'reviewRow' },
      options.map((t) => h('option', { value: t.ordinal }, `${t.ordinal}. ${t.indicator ?? ''}`.slice(0, 90))));
    const text = textArea('Nhận xét cho chỉ tiêu này', 'review-row-comment');
    const list = h('ul', { class: 'row-comments chosen-rows' });
    const render = () => replace(list, [...chosen].map(([ordinal, remark]) => h('li', {},
      h('strong', {}, `Chỉ tiêu ${ordinal}: `), remark, ' ',
      h('button', { type: 'button', class: 'link-button', onclick: () => { chosen.delete(ordinal); render(); pick.focus(); } }, `Bỏ nhận xét chỉ tiêu ${ordinal}`))));
    const add = h('button', {
      type: 'button',
      class: 'secondary',
      onclick: () => {
        const remark = text.control.value.trim();
        if (!remark) {
          text.control.focus();
          return;
        }
        chosen.set(pick.value, remark);
        text.control.value = '';
        render();
        pick.focus();
      },
    }, 'Thêm nhận xét chỉ tiêu');
    if (!options.length) return null;
    return {
      element: h('fieldset', { class: 'row-picker' },
        h('legend', {}, 'Nhận xét từng chỉ tiêu (không bắt buộc)'),
        h('div', { class: 'field' }, h('label', { for: pickId }, 'Chỉ tiêu'), pick),
        text.element,
        h('div', { class: 'actions' }, add),
        list),
      chosen: () => [...chosen].map(([ordinal, remark]) => ({ ordinal, comment: remark })),
    };
  }

  return { element, show, current: () => current };
}
