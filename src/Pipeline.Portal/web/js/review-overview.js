// The province's review completeness for a term (the rollup's `review`): the deadline (set or
// changed here), the communes by review state, on time or late, and the switch that narrows the
// totals to confirmed annexes (?confirmedOnly=true).
import { h, replace, uniqueId } from './dom.js';
import { date } from './format.js';

/**
 * <onChanged>(message) reloads the dashboard after the deadline is saved, then says <message>; <onConfirmedOnly>(checked) after
 * the switch is flipped. Returns the panel.
 */
export function reviewOverview(rollup, { api, province, confirmedOnly, onChanged, onConfirmedOnly }) {
  const review = rollup.review ?? {};
  const dateId = uniqueId('deadline');
  const toggleId = uniqueId('confirmed-only');
  const hintId = uniqueId('deadline-hint');
  const input = h('input', { id: dateId, type: 'date', name: 'deadline', value: review.deadline ?? '', required: true, 'aria-describedby': hintId });
  const live = h('p', { class: 'deadline-status', role: 'status', 'aria-live': 'polite', tabindex: '-1' });
  const save = h('button', { type: 'submit', class: 'secondary' }, review.deadline ? 'Đổi hạn nộp' : 'Đặt hạn nộp');
  const form = h('form', {
    class: 'deadline-form',
    onsubmit: async (event) => {
      event.preventDefault();
      if (!input.value) {
        live.textContent = 'Hãy chọn ngày hạn nộp.';
        input.focus();
        return;
      }
      save.disabled = true;
      try {
        await api.putJson(`/api/provinces/${encodeURIComponent(province)}/deadlines/${encodeURIComponent(rollup.term)}`, { deadline: input.value });
        await onChanged(`Đã lưu hạn nộp ${date(input.value)}.`);
      } catch (error) {
        live.textContent = error.message;
        live.focus();
      } finally {
        save.disabled = false;
      }
    },
  },
  h('div', { class: 'field-row' },
    h('div', { class: 'field' }, h('label', { for: dateId }, `Hạn nộp biểu nhiệm kỳ ${rollup.term}`),
      h('p', { id: hintId, class: 'muted small' }, 'Ngày cuối cùng (theo giờ Việt Nam) biểu nộp lần đầu còn được tính là đúng hạn.'), input),
    h('div', { class: 'field field-action' }, save)),
  live);
  const toggle = h('input', { id: toggleId, type: 'checkbox', checked: confirmedOnly, onchange: () => onConfirmedOnly(toggle.checked) });
  const count = (n) => String(n ?? 0);
  return h('section', { class: 'panel review-overview', 'aria-labelledby': 'review-overview-heading' },
    h('h2', { id: 'review-overview-heading' }, 'Duyệt biểu và hạn nộp'),
    h('p', {}, review.deadline ? `Hạn nộp: ${date(review.deadline)}.` : 'Chưa đặt hạn nộp cho nhiệm kỳ này.'),
    h('dl', { class: 'counts review-counts' },
      h('div', {}, h('dt', {}, 'Chưa nộp'), h('dd', {}, count(review.notSubmitted))),
      h('div', {}, h('dt', {}, 'Chờ duyệt'), h('dd', {}, count(review.awaitingReview))),
      h('div', {}, h('dt', {}, 'Đã trả lại'), h('dd', {}, count(review.returned))),
      h('div', {}, h('dt', {}, 'Đã xác nhận'), h('dd', {}, count(review.confirmed))),
      review.deadline ? h('div', {}, h('dt', {}, 'Đúng hạn'), h('dd', {}, count(review.onTime))) : null,
      review.deadline ? h('div', {}, h('dt', {}, 'Trễ hạn'), h('dd', {}, count(review.late))) : null),
    form,
    h('p', { class: 'inline-check' }, toggle, ' ', h('label', { for: toggleId }, 'Chỉ tính biểu đã xác nhận'),
      h('span', { class: 'muted small' }, ' — số liệu tổng của tỉnh (Vượt, Đạt, Không đạt, Tỷ lệ đạt) chỉ gồm các xã có biểu đã được xác nhận.')));
}
