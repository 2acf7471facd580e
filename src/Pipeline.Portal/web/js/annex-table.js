// The scored annex as the system read it (AnnexReport): every target with what the system
// computed beside what the commune reported, flagged rows highlighted with the reason in words.
import { h } from './dom.js';
import { figureText, number, numbers, percent } from './format.js';
import { annexKindLabel, annexName, assumedDirectionText, directionLabel, fixAdvice, groupLabel, qualitativeCountsText, severityLabel, targetStatusText, textConversionText } from './labels.js';
import { planTable } from './plan-table.js';
import { bySeverity, SeverityOrder } from './severity.js';
import { unplacedColumnsText } from './unplaced-columns.js';

const Columns = ['TT', 'Chỉ tiêu', 'Đơn vị', 'Mục tiêu', 'Kết quả', 'Tỷ lệ tính (%)', 'Hệ thống đánh giá', 'Xã báo cáo (%)', 'Xã tự đánh giá', 'Phát hiện'];

/** The worst severity among a target's findings: error, warning, info, or null. */
export function worstSeverity(findings) {
  const severities = (findings ?? []).map((finding) => finding.severity);
  return ['error', 'warning', 'info'].find((severity) => severities.includes(severity)) ?? null;
}

function statusBadge(status, qualitative) {
  // A qualitative target has no computed status: the commune's own verdict stands.
  if (qualitative) return h('span', { class: 'badge status-none' }, 'Định tính (không chấm)');
  return h('span', { class: `badge status-${status ?? 'none'}` }, targetStatusText(status));
}

function findingsCell(findings) {
  if (!findings?.length) return h('span', { class: 'muted' }, 'Không có');
  return h('ul', { class: 'findings' },
    bySeverity(findings).map((finding) => h('li', { class: `finding finding-${finding.severity}` },
      h('strong', {}, `${severityLabel[finding.severity] ?? finding.severity}: `), finding.message)));
}

function assumedDirectionNote(target) {
  // Nothing said which way is good for this row: the reader should know the verdict rests on a guess.
  const text = assumedDirectionText(target);
  return text ? h('span', { class: 'direction-assumed muted small' }, text) : null;
}

/**
 * The ratio the system computed: one figure, or for a composite row ("35 đảng viên và 100%") each
 * part's ("phần 1: 311,43 %; phần 2: 100 %"), since the verdict weighs them all.
 */
function ratioCell(target) {
  const parts = target.partRatios ?? [];
  if (parts.length < 2) return h('span', { class: 'num' }, percent(target.ratio));
  return h('span', { class: 'num part-ratios' }, parts.map((ratio, index) => `phần ${index + 1}: ${percent(ratio)}`).join('; '));
}

function cell(label, ...content) {
  return h('td', { dataset: { label } }, ...content);
}

/** The province's comment on a row of a returned annex, said first in its Phát hiện cell. */
function remarkNote(remark) {
  return remark ? h('p', { class: 'finding finding-review' }, h('strong', {}, 'Tỉnh nhận xét: '), remark) : null;
}

function targetRow(target, remark) {
  const severity = worstSeverity(target.findings);
  const flagged = severity === 'error' || severity === 'warning';
  return h('tr', {
    class: flagged ? `flagged flagged-${severity}${remark ? ' flagged-review' : ''}` : remark ? 'flagged flagged-review' : null,
    dataset: { ordinal: target.ordinal ?? '', row: target.row },
    tabindex: '-1', // a fix-list link moves focus here
  },
  cell(Columns[0], target.ordinal ?? ''),
  cell(Columns[1], h('span', { class: 'indicator' }, target.indicator ?? ''), target.group && groupLabel[target.group] ? h('span', { class: 'muted small group' }, ` (${groupLabel[target.group]})`) : null,
    assumedDirectionNote(target)),
  cell(Columns[2], target.unit ?? ''),
  cell(Columns[3], figureText(target.targetText, target.target)),
  cell(Columns[4], figureText(target.actualText, target.actual)),
  cell(Columns[5], ratioCell(target)),
  cell(Columns[6], statusBadge(target.status, target.qualitative)),
  cell(Columns[7], h('span', { class: 'num' }, numbers(target.reportedPercent))),
  cell(Columns[8], target.reportedVerdict ?? h('span', { class: 'muted' }, 'Không ghi')),
  cell(Columns[9], remarkNote(remark), findingsCell(target.findings)));
}

/** Counts computed by the system beside the commune's own. */
export function countsSummary(counts, achievementRate) {
  const computed = counts?.computed ?? {};
  const reported = counts?.reported ?? {};
  const rate = achievementRate ?? counts?.achievementRate;
  const qualitative = qualitativeCountsText(counts?.qualitative);
  return h('dl', { class: 'counts' },
    h('div', {}, h('dt', {}, 'Vượt'), h('dd', {}, number(computed.exceeded), h('span', { class: 'muted small' }, ` (xã báo ${number(reported.exceeded)})`))),
    h('div', {}, h('dt', {}, 'Đạt'), h('dd', {}, number(computed.met), h('span', { class: 'muted small' }, ` (xã báo ${number(reported.met)})`))),
    h('div', {}, h('dt', {}, 'Không đạt'), h('dd', {}, number(computed.notMet), h('span', { class: 'muted small' }, ` (xã báo ${number(reported.notMet)})`))),
    h('div', {}, h('dt', {}, 'Tỷ lệ đạt'), h('dd', {}, percent(rate))),
    qualitative ? h('div', { class: 'qualitative-counts' }, h('dt', {}, 'Định tính'), h('dd', {}, qualitative)) : null);
}

/** "dòng 30, cột G" for a finding's cell ("G30"), else the row alone. */
function cellText(finding, target) {
  const match = /^([A-Z]+)(\d+)$/.exec(finding.cell ?? '');
  return match ? `dòng ${match[2]}, cột ${match[1]}` : `dòng ${target.row}`;
}

/** "1 lỗi, 5 cảnh báo" — the kinds present among <severities>, errors first. */
export function severityCounts(findings, severities = ['error', 'warning']) {
  return severities
    .map((severity) => [severity, findings.filter((f) => f.severity === severity).length])
    .filter(([, count]) => count > 0)
    .map(([severity, count]) => `${count} ${severityLabel[severity].toLowerCase()}`)
    .join(', ');
}

/**
 * The clerk's fix-list: the province's comments on rows of a returned annex first, then every error
 * and warning, errors first, each with the cell to correct, what is wrong and what to change, and a
 * link to its row; a legend; and a switch to show only those rows. <remarks>: ordinal → comment.
 */
function fixList(annex, table, remarks) {
  const items = annex.targets
    .flatMap((target) => (target.findings ?? []).filter((f) => f.severity !== 'info').map((finding) => ({ target, finding })))
    .sort((a, b) => SeverityOrder[a.finding.severity] - SeverityOrder[b.finding.severity] || a.target.row - b.target.row);
  const remarked = annex.targets.filter((target) => remarks.has(target.ordinal));
  if (items.length === 0 && remarked.length === 0) return null;
  const onlyFlagged = h('input', { type: 'checkbox', onchange: () => table.classList.toggle('only-flagged', onlyFlagged.checked) });
  const jump = (target) => (event) => {
    event.preventDefault();
    const row = table.querySelector(`tr[data-row="${target.row}"]`);
    row?.scrollIntoView({ block: 'center' });
    row?.focus({ preventScroll: true });
  };
  return h('section', { class: 'fix-list', 'aria-label': 'Các dòng cần sửa' },
    // Errors and warnings counted apart, as the province's table counts errors alone ("Số lỗi").
    h('h3', {}, `Cần sửa trong tệp: ${[remarked.length ? `${remarked.length} nhận xét của tỉnh` : '', severityCounts(items.map((item) => item.finding))].filter(Boolean).join(', ')}`),
    h('p', { class: 'legend small' },
      h('span', { class: 'finding finding-error' }, h('strong', {}, 'Lỗi'), ': số liệu và đánh giá của xã trái ngược nhau, phải sửa. '),
      h('span', { class: 'finding finding-warning' }, h('strong', {}, 'Cảnh báo'), ': cần xem lại.')),
    h('ol', {}, remarked.map((target) => h('li', { class: 'finding finding-review' },
      h('a', { href: '#', onclick: jump(target) }, `Chỉ tiêu ${target.ordinal ?? ''} — dòng ${target.row}`),
      h('strong', {}, ' Tỉnh nhận xét: '), remarks.get(target.ordinal))),
    items.map(({ target, finding }) => h('li', { class: `finding finding-${finding.severity}` },
      h('a', { href: '#', onclick: jump(target) }, `Chỉ tiêu ${target.ordinal ?? ''} — ${cellText(finding, target)}`),
      h('strong', {}, ` ${severityLabel[finding.severity] ?? ''}: `), finding.message, ' ',
      h('span', { class: 'advice' }, fixAdvice(finding.code, target, percent))))),
    h('label', { class: 'inline' }, onlyFlagged, ' Chỉ hiện dòng có vấn đề'));
}

/**
 * A table of one AnnexReport, with a caption naming the sheet, commune and term, and a line naming any
 * column not read. <remarks>: the province's comments on rows of a returned annex (ordinal → comment).
 */
export function annexTable(annex, { counts = true, remarks = new Map() } = {}) {
  const flagged = annex.targets.filter((target) => ['error', 'warning'].includes(worstSeverity(target.findings))).length;
  const unplaced = unplacedColumnsText(annex.unplacedColumns);
  const table = h('table', { class: 'data responsive annex-table' },
    h('caption', { class: 'visually-hidden' }, `Các chỉ tiêu của ${annexName(annex.sheet)}, như hệ thống đã đọc và chấm`),
    h('thead', {}, h('tr', {}, Columns.map((column) => h('th', { scope: 'col' }, column)))),
    h('tbody', {}, annex.targets.map((target) => targetRow(target, remarks.get(target.ordinal))))); // in the file's order, to read beside it
  return h('section', { class: 'annex', 'aria-label': annexName(annex.sheet) },
    h('p', { class: 'annex-meta' },
      `Trang tính “${annex.sheet ?? ''}” · ${annex.commune ?? ''} · nhiệm kỳ ${annex.term ?? '—'} · ${annexKindLabel[annex.kind] ?? annex.kind ?? ''} · dòng tiêu đề ${annex.headerRow ?? '—'}`),
    unplaced ? h('p', { class: 'notice unplaced-columns' }, unplaced) : null,
    (annex.textConversions ?? []).map((conversion) => h('p', { class: 'text-conversion muted small' }, textConversionText(conversion))),
    counts ? countsSummary(annex.counts) : null,
    h('p', { class: flagged ? 'flag-summary' : 'ok-summary' },
      flagged ? `${flagged} chỉ tiêu có sai lệch giữa số liệu và báo cáo của xã (tô màu bên dưới).` : 'Không có chỉ tiêu nào sai lệch.'),
    fixList(annex, table, remarks),
    h('div', { class: 'table-scroll', role: 'region', 'aria-label': 'Bảng chỉ tiêu đã chấm', tabindex: '0' }, table));
}


/** An annex as it should be read: a results annex scored, a targets-only annex as a plan (see plan-table.js). */
export function annexView(annex, mergedByRow, options, predecessors) {
  return annex.kind === 'targets-only' ? planTable(annex, mergedByRow, predecessors) : annexTable(annex, options);
}

/** The annex as an export table (numbers stay numbers), titled with its commune and term. */
export function annexExportTable(annex, name, unit, term) {
  return {
    name,
    unit,
    term,
    columns: ['TT', 'Chỉ tiêu', 'Đơn vị', 'Mục tiêu', 'Kết quả', 'Tỷ lệ tính (%)', 'Hệ thống đánh giá', 'Xã báo cáo (%)', 'Xã tự đánh giá', 'Phát hiện', 'Chiều đánh giá'],
    rows: annex.targets.map((target) => [
      target.ordinal ?? '',
      target.indicator ?? '',
      target.unit ?? '',
      target.target?.length === 1 ? target.target[0] : target.targetText ?? '',
      target.actual?.length === 1 ? target.actual[0] : target.actualText ?? '',
      target.ratio ?? null,
      target.qualitative ? 'Định tính (không chấm)' : targetStatusText(target.status),
      target.reportedPercent?.length === 1 ? target.reportedPercent[0] : (target.reportedPercent ?? []).join('-'),
      target.reportedVerdict ?? '',
      bySeverity(target.findings).map((finding) => `${severityLabel[finding.severity] ?? ''}: ${finding.message}`).join(' | '),
      // Says when the system guessed, so a printed export carries the same caveat as the screen.
      target.qualitative ? '' : assumedDirectionText(target) || directionLabel[target.direction] || '',
    ]),
  };
}
