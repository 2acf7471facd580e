// "Báo cáo và biểu": what a Word report's text says against its own tables (the API's `report`,
// docs/reading-and-scoring.md "The report's narrative"). Per commune section, the tally the text
// states beside the table's verdicts and the figures' tally, then each disagreement with the text
// quoted and the row beside it. Only the Vietnamese `message` is shown; `code` and `detail`
// (English, for logs) never reach the screen.
import { severityCounts } from './annex-table.js';
import { h } from './dom.js';
import { number } from './format.js';
import { annexName, severityLabel, targetStatusLabel } from './labels.js';
import { bySeverity } from './severity.js';

const TallyKinds = ['exceeded', 'met', 'notMet'];

/**
 * "Biểu: Bảng 2, dòng 26 — chỉ tiêu 20 “Kết nạp mới 50 đảng viên trở lên;”": the row as the scored annex numbers it (its row in
 * the sheet or table, the API's sourceRow) and the target's number (its ordinal, as the finding's message names it).
 */
export function findingRowText(finding) {
  const row = finding.row;
  const sheet = row?.sheet ?? finding.sheet;
  if (!sheet) return '';
  if (!row) return `Biểu: ${annexName(sheet)}`;
  const line = row.sourceRow ? `, dòng ${row.sourceRow}` : '';
  const ordinal = row.ordinal ? `${line} — chỉ tiêu ${row.ordinal}` : line;
  const indicator = row.indicator ? ` “${row.indicator}”` : '';
  return `Biểu: ${annexName(sheet)}${ordinal}${indicator}`;
}

/** A tally's count of one kind; the text's "đạt và vượt 20/21 chỉ tiêu" (metOrExceeded) stands in the "met" cell, said so. */
function tallyCell(tally, key) {
  if (!tally) return '—';
  if (key === 'met' && tally.met == null && tally.metOrExceeded != null) return `${number(tally.metOrExceeded)} (cả đạt và vượt)`;
  return number(tally[key]);
}

function tallyRow(label, tally, kind) {
  return h('tr', { dataset: { tally: kind } },
    h('th', { scope: 'row', dataset: { label: 'Theo' } }, label),
    TallyKinds.map((key) => h('td', { class: 'num', dataset: { label: targetStatusLabel[key], kind: key } }, tallyCell(tally, key))));
}

/**
 * The stated tally, the table's and the figures' side by side; a section without its annex has only the first.
 * Four narrow columns fit a phone as they are, so the table is not turned into cards.
 */
function tallyTable(section) {
  return h('table', { class: 'data report-tally' },
    h('caption', { class: 'visually-hidden' }, `Số chỉ tiêu vượt, đạt, không đạt của xã ${section.commune ?? ''}: theo báo cáo, theo biểu và theo số liệu`),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Theo'), TallyKinds.map((key) => h('th', { scope: 'col', class: 'num' }, targetStatusLabel[key])))),
    h('tbody', {},
      tallyRow('Báo cáo ghi', section.statedTally, 'stated'),
      tallyRow('Biểu đánh giá', section.annex?.table, 'table'),
      tallyRow('Tính lại từ số liệu của biểu', section.annex?.computed, 'computed')));
}

function findingItem(finding) {
  const row = findingRowText(finding);
  return h('li', { class: `finding report-finding finding-${finding.severity}`, dataset: { code: finding.code ?? '', correct: finding.correct ?? '' } },
    h('strong', {}, `${severityLabel[finding.severity] ?? 'Lưu ý'}: `), finding.message ?? '',
    finding.quote ? h('blockquote', { class: 'report-quote' }, h('span', { class: 'visually-hidden' }, 'Báo cáo viết: '), `“${finding.quote}”`) : null,
    row ? h('p', { class: 'report-row small' }, row) : null);
}

function findingsList(findings) {
  return h('ul', { class: 'findings report-findings' }, bySeverity(findings).map(findingItem));
}

function sectionView(section, findings, level) {
  const annex = section.annex;
  return h('section', { class: 'report-section', dataset: { commune: section.commune ?? '' } },
    h(`h${level}`, {}, `Xã ${section.commune ?? ''}`),
    h('p', { class: 'small muted' },
      section.heading ? `Mục “${section.heading}”` : '',
      annex?.sheet ? ` — đối chiếu với ${annexName(annex.sheet)}` : ' — không có biểu của xã trong tệp để đối chiếu',
      section.adopted != null ? `; báo cáo ghi thông qua ${number(section.adopted)} chỉ tiêu` : '',
      annex?.targets != null ? `, biểu có ${number(annex.targets)} chỉ tiêu` : '',
      // A kind tables do not keep ("02 chỉ tiêu cơ bản đạt"): said, and then only the exceeded count is compared.
      section.statedTally?.nearlyMet != null ? `; báo cáo ghi ${number(section.statedTally.nearlyMet)} chỉ tiêu cơ bản đạt (biểu không có loại này)` : '',
      '.'),
    h('div', { class: 'table-scroll' }, tallyTable(section)),
    findings.length
      ? findingsList(findings)
      : h('p', { class: 'ok-summary' }, 'Mục này của báo cáo khớp với biểu.'));
}

/**
 * The section "Báo cáo và biểu" for a NarrativeReport ({sections, findings, truncated}), headed at
 * <level> (2 on its own, 3 inside the check's result); its communes one level below. A finding goes
 * under the first section of its commune; one of no section's commune is listed after them.
 */
export function reportCheckSection(report, level = 2) {
  const sections = report?.sections ?? [];
  const findings = report?.findings ?? [];
  const placed = new Set();
  const sectionFindings = sections.map((section) => {
    const own = findings.filter((f) => !placed.has(f) && f.commune === section.commune);
    own.forEach((f) => placed.add(f));
    return own;
  });
  const others = findings.filter((f) => !placed.has(f));
  const errors = findings.some((f) => f.severity === 'error');
  return h('section', { class: 'report-check', 'aria-label': 'Báo cáo và biểu' },
    h(`h${level}`, { class: 'report-check-heading', tabindex: '-1' }, 'Báo cáo và biểu'),
    h('p', { class: 'muted' }, 'Đối chiếu phần lời của báo cáo với chính các biểu kèm theo: số chỉ tiêu vượt, đạt, không đạt và số liệu từng chỉ tiêu báo cáo nêu.'),
    report?.truncated ? h('p', { class: 'notice' }, 'Báo cáo quá dài: hệ thống chỉ đối chiếu được phần đầu.') : null,
    findings.length
      ? h('p', { class: errors ? 'flag-summary' : '' }, `Báo cáo có ${findings.length} chỗ khác với biểu: ${severityCounts(findings, ['error', 'warning', 'info'])}.`)
      : sections.length ? h('p', { class: 'ok-summary report-agrees' }, 'Không có chỗ nào báo cáo và biểu khác nhau.')
        : h('p', { class: 'muted' }, 'Không tìm thấy mục nào về kết quả từng xã trong phần lời của báo cáo để đối chiếu.'),
    sections.map((section, index) => sectionView(section, sectionFindings[index], level + 1)),
    others.length ? [h(`h${level + 1}`, {}, 'Chỗ khác'), findingsList(others)] : null);
}
