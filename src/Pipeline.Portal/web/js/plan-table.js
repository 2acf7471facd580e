// A targets-only annex (a new term's plan) shown as a plan, not as a failed results annex: each
// target with its unit and, where known, where the commune starts from — the annex's own baseline
// column, else (for a commune formed by a merger) its predecessors' results consolidated — and
// whether the target asks for less than that. Nothing is scored, so no status badge.
import { h } from './dom.js';
import { figureText, number, numbers } from './format.js';
import { annexName, severityLabel } from './labels.js';
import { coverageText } from './partial-total.js';
import { bySeverity } from './severity.js';

const Columns = ['TT', 'Chỉ tiêu', 'Đơn vị', 'Chỉ tiêu đề ra', 'Mốc xuất phát', 'So với mốc', 'Phát hiện'];

/**
 * A consolidated baseline (MergedCommuneSummary newTermTargets[].baseline) in words, saying whom it
 * stands on: "999 (tổng của Chiềng En, Bó Sinh (cũ); Pú Bẩu không có chỉ tiêu này)". <predecessors>
 * ({commune, name}, the merged summary's) names the communes of its `from`.
 */
export function baselineText(baseline, predecessors = []) {
  if (!baseline) return '—';
  const whose = coverageText(baseline.kind === 'sum' ? 'sum' : 'range', baseline.from, predecessors, baseline);
  if (baseline.kind === 'sum') return `${number(baseline.value)} (${whose})`;
  // Every predecessor at the same figure is one value, not a range "từ 65,1 đến 65,1".
  const span = baseline.min === baseline.max ? number(baseline.min) : `từ ${number(baseline.min)} đến ${number(baseline.max)}`;
  return `${span} (${whose})`;
}

function cell(label, ...content) {
  return h('td', { dataset: { label } }, ...content);
}

function planRow(target, merged, predecessors) {
  const below = merged?.belowBaseline === true;
  const own = target.baselineText ?? (target.baseline?.length ? numbers(target.baseline) : null);
  return h('tr', { class: below ? 'flagged flagged-warning' : null, dataset: { ordinal: target.ordinal ?? '', row: target.row } },
    cell(Columns[0], target.ordinal ?? ''),
    cell(Columns[1], h('span', { class: 'indicator' }, target.indicator ?? '')),
    cell(Columns[2], target.unit ?? ''),
    cell(Columns[3], figureText(target.targetText, target.target)),
    cell(Columns[4], own ?? baselineText(merged?.baseline, predecessors)),
    cell(Columns[5], below
      ? h('strong', {}, 'Thấp hơn mốc') // the reason in words is under Phát hiện
      : merged?.baseline ? 'Không thấp hơn mốc' : h('span', { class: 'muted' }, 'Chưa có mốc')),
    cell(Columns[6], findingsList(below ? [belowBaselineFinding(merged), ...(target.findings ?? [])] : target.findings)));
}

/** The below-baseline remark as a finding, so the Phát hiện column never says "Không có" beside a flagged row. */
function belowBaselineFinding(merged) {
  return merged.finding ?? { severity: 'warning', message: 'Chỉ tiêu đề ra thấp hơn mức các xã cũ đã đạt nhiệm kỳ trước.' };
}

function findingsList(findings) {
  if (!findings?.length) return h('span', { class: 'muted' }, 'Không có');
  return h('ul', { class: 'findings' }, bySeverity(findings).map((finding) => h('li', { class: `finding finding-${finding.severity}` },
    h('strong', {}, `${severityLabel[finding.severity] ?? ''}: `), finding.message)));
}

/**
 * The plan table of one targets-only AnnexReport. <mergedByRow> maps a row number to the merged
 * commune's newTermTargets entry for it (baseline, belowBaseline, finding), when there is one;
 * <predecessors> ({commune, name}) names whom each baseline stands on.
 */
export function planTable(annex, mergedByRow = new Map(), predecessors = []) {
  const below = annex.targets.filter((target) => mergedByRow.get(target.row)?.belowBaseline).length;
  return h('section', { class: 'annex plan', 'aria-label': annexName(annex.sheet) },
    h('p', { class: 'annex-meta' }, `Trang tính “${annex.sheet ?? ''}” · ${annex.commune ?? ''} · chỉ tiêu nhiệm kỳ ${annex.term ?? '—'} · dòng tiêu đề ${annex.headerRow ?? '—'}`),
    h('p', {}, `${annex.targets.length} chỉ tiêu đề ra cho nhiệm kỳ; chưa có kết quả nên không chấm.`,
      below ? h('strong', {}, ` ${below} chỉ tiêu thấp hơn mức các xã cũ đã đạt (tô màu bên dưới).`) : ''),
    h('div', { class: 'table-scroll', role: 'region', 'aria-label': 'Bảng chỉ tiêu đề ra', tabindex: '0' },
      h('table', { class: 'data responsive plan-table' },
        h('caption', { class: 'visually-hidden' }, `Các chỉ tiêu của ${annexName(annex.sheet)}, mốc xuất phát và so sánh với mốc`),
        h('thead', {}, h('tr', {}, Columns.map((column) => h('th', { scope: 'col' }, column)))),
        h('tbody', {}, annex.targets.map((target) => planRow(target, mergedByRow.get(target.row), predecessors))))));
}
