// The province's review completeness for a term (the rollup's `review`): the deadline (set or
// changed here), the communes by review state, on time or late, and the switch that narrows the
// totals to confirmed annexes (?confirmedOnly=true).
import { deadlineForm } from './deadline-form.js';
import { h, replace, uniqueId } from './dom.js';
import { date } from './format.js';

/**
 * <onChanged>(message) reloads the dashboard after the deadline is saved, then says <message>; <onConfirmedOnly>(checked) after
 * the switch is flipped. Returns the panel.
 */
export function reviewOverview(rollup, { api, province, confirmedOnly, onChanged, onConfirmedOnly }) {
  const review = rollup.review ?? {};
  const toggleId = uniqueId('confirmed-only');
  const form = deadlineForm({
    api, province, term: rollup.term, period: null, current: review.deadline, name: 'deadline', onChanged,
    label: `Hạn nộp biểu nhiệm kỳ ${rollup.term}`,
    hint: 'Ngày cuối cùng (theo giờ Việt Nam) biểu nộp lần đầu còn được tính là đúng hạn.',
    saved: (day) => `Đã lưu hạn nộp ${day}.`,
  });
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
