// One period's completeness for the province (the rollup asked with ?period=: `periodCompleteness` and each commune's
// `periodSubmission`): who sent that year's results (or the mid-term review), when, on time or late against the
// period's own deadline — set or changed here. The term's review (confirm, return) stays the whole-term annex's.
import { deadlineForm } from './deadline-form.js';
import { h } from './dom.js';
import { date, dateTime, percent } from './format.js';
import { periodText, timelinessLabel } from './labels.js';

/** "Năm 2026", "Sơ kết giữa nhiệm kỳ", "Cả nhiệm kỳ": the dashboard's choice of period (GET …/summary?period=), worded as the clerk's form words it. */
export function dashboardPeriodText(period) {
  return periodText(period) || 'Cả nhiệm kỳ';
}

/** "kết quả năm 2026", "báo cáo sơ kết giữa nhiệm kỳ": what a commune sends for the period, in a sentence. */
function reportText(period) {
  return period === 'mid-term' ? 'báo cáo sơ kết giữa nhiệm kỳ' : `kết quả năm ${period}`;
}

/**
 * The panel for <rollup>'s period; <onChanged>(message) reloads the dashboard after the period's deadline is saved, then
 * says <message>. Returns the element.
 */
export function periodOverview(rollup, { api, province, onChanged }) {
  const completeness = rollup.periodCompleteness ?? {};
  const period = completeness.period;
  const what = reportText(period);
  const form = deadlineForm({
    api, province, term: rollup.term, period, current: completeness.deadline, name: 'period-deadline', onChanged,
    label: `Hạn nộp ${what}`,
    hint: period === 'mid-term'
      ? 'Ngày cuối cùng (theo giờ Việt Nam) báo cáo gửi lần đầu còn được tính là đúng hạn; trong các năm giữa nhiệm kỳ.'
      : `Ngày cuối cùng (theo giờ Việt Nam) kết quả gửi lần đầu còn được tính là đúng hạn; từ đầu năm ${period} đến hết tháng 6 năm sau.`,
    saved: (day) => `Đã lưu hạn nộp ${what}: ${day}.`,
  });

  const count = (n) => String(n ?? 0);
  const lines = (rollup.communes ?? []).filter((c) => c.expected || c.periodSubmission?.sent);
  const rows = lines.map((c) => {
    const sent = c.periodSubmission ?? {};
    return h('tr', {},
      h('th', { scope: 'row', 'data-label': 'Xã' }, c.name ?? c.commune),
      h('td', { 'data-label': 'Đã gửi' }, h('span', { class: `badge ${sent.sent ? 'badge-ok' : 'badge-missing'}` }, sent.sent ? 'Đã gửi' : 'Chưa gửi')),
      h('td', { 'data-label': 'Ngày gửi' }, sent.sentAt ? dateTime(sent.sentAt) : '—'),
      h('td', { 'data-label': 'Hạn nộp' }, sent.timeliness
        ? h('span', { class: `badge timeliness-${sent.timeliness}` }, timelinessLabel[sent.timeliness] ?? '')
        : '—'));
  });
  return h('section', { class: 'panel period-overview', 'aria-labelledby': 'period-overview-heading' },
    h('h2', { id: 'period-overview-heading' }, `${dashboardPeriodText(period)}: các xã gửi ${what}`),
    h('p', {}, `Đã gửi ${count(completeness.sent)}/${count(completeness.expected)} xã (${percent(completeness.rate)}).`,
      completeness.notSentCommunes?.length ? ` Chưa gửi: ${completeness.notSentCommunes.map((c) => c.name ?? c.commune).join(', ')}.` : ''),
    h('p', {}, completeness.deadline ? `Hạn nộp ${what}: ${date(completeness.deadline)}.` : `Chưa đặt hạn nộp ${what}.`),
    h('dl', { class: 'counts period-counts' },
      h('div', {}, h('dt', {}, 'Đã gửi'), h('dd', {}, count(completeness.sent))),
      h('div', {}, h('dt', {}, 'Chưa gửi'), h('dd', {}, count(completeness.notSent))),
      completeness.deadline ? h('div', {}, h('dt', {}, 'Đúng hạn'), h('dd', {}, count(completeness.onTime))) : null,
      completeness.deadline ? h('div', {}, h('dt', {}, 'Trễ hạn'), h('dd', {}, count(completeness.late))) : null),
    form,
    lines.length
      ? h('table', { class: 'data responsive period-communes' },
        h('caption', { class: 'visually-hidden' }, `Các xã gửi ${what}, nhiệm kỳ ${rollup.term}`),
        h('thead', {}, h('tr', {}, ['Xã', 'Đã gửi', 'Ngày gửi', 'Hạn nộp'].map((label) => h('th', { scope: 'col' }, label)))),
        h('tbody', {}, rows))
      : null,
    h('p', { class: 'muted small' }, 'Xét duyệt (xác nhận, trả lại) vẫn theo biểu cả nhiệm kỳ ở mục “Duyệt biểu và hạn nộp”.'));
}
