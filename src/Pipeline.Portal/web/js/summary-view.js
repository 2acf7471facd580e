// A commune's summary (drill-down). A commune formed by a merger shows its predecessors side by
// side, the consolidated indicators, and its new-term targets beside their baselines; an ordinary
// commune shows its counts, findings and scored annex.
import { annexExportTable, annexView, countsSummary } from './annex-table.js';
import { communePath } from './api.js';
import { communeRecord } from './commune-record.js';
import { h, replace } from './dom.js';
import { errorBox } from './error-box.js';
import { downloadCsv, downloadXlsx } from './export.js';
import { date, dateTime, figureText, number, percent } from './format.js';
import { directionLabel, severityLabel, targetStatusText, terms } from './labels.js';
import { absentText, coverageText, lacksText } from './partial-total.js';
import { baselineText } from './plan-table.js';
import { printTitle } from './print-title.js';
import { reportCheckSection } from './report-check.js';
import { createProgressSection, destroyProgressCharts } from './progress-view.js';
import { reviewBadge } from './review-badge.js';
import { rowRemarks } from './review-banner.js';
import { createReviewPanel } from './review-panel.js';
import { bySeverity } from './severity.js';

function exportButtons(tables, csvTable, fileStem) {
  return h('div', { class: 'actions' },
    h('button', { type: 'button', class: 'secondary', onclick: () => downloadXlsx(tables, `${fileStem}.xlsx`) }, 'Tải Excel (.xlsx)'),
    h('button', { type: 'button', class: 'secondary', onclick: () => downloadCsv(csvTable, `${fileStem}.csv`) }, 'Tải CSV (.csv)'));
}

function statusBadge(status) {
  return h('span', { class: `badge status-${status ?? 'none'}` }, targetStatusText(status));
}

function predecessorCard(predecessor) {
  const findings = predecessor.findings ?? {};
  return h('article', { class: `card${predecessor.missing ? ' card-missing' : ''}`, dataset: { commune: predecessor.commune } },
    h('h3', {}, predecessor.name),
    // Whether what the consolidation stands on has been confirmed by the province.
    h('p', { class: 'predecessor-review' }, 'Duyệt: ', reviewBadge(predecessor.review),
      predecessor.review?.confirmed ? h('span', { class: 'small' }, ' — số liệu đã được tỉnh xác nhận') : h('span', { class: 'small muted' }, ' — số liệu chưa được tỉnh xác nhận')),
    predecessor.missing
      ? h('p', { class: 'badge badge-missing' }, 'Chưa nộp biểu — không tính vào tổng hợp')
      : [
        h('p', { class: 'muted small' }, `${number(predecessor.targets)} chỉ tiêu · chấm lúc ${dateTime(predecessor.scoredAt)}`),
        countsSummary(predecessor.counts),
        h('p', { class: findings.error ? 'flag-summary' : 'muted' },
          `Phát hiện: ${number(findings.error ?? 0)} lỗi, ${number(findings.warning ?? 0)} cảnh báo, ${number(findings.info ?? 0)} lưu ý.`),
      ]);
}

function valueText(value) {
  if (!value) return h('span', { class: 'muted' }, 'Không có');
  if (value.target == null || value.actual == null) {
    return h('span', {}, `MT ${value.targetText ?? '—'} · KQ ${value.actualText ?? '—'} `, h('span', { class: 'small muted' }, '(không tách được thành một con số nên không cộng)'));
  }
  return h('span', {}, `MT ${number(value.target)} · KQ ${number(value.actual)} · ${percent(value.ratio)} `, statusBadge(value.status),
    // A part of a composite row ("35 đảng viên và 100%"): say where it was taken from, in the commune's numbering.
    value.part ? h('span', { class: 'small muted' }, ` (tách từ chỉ tiêu số ${value.ordinal ?? ''} của xã, ô ghi nhiều chỉ tiêu)`) : null);
}

function noteText(indicator) {
  return indicator.note ? h('span', { class: 'small muted indicator-note' }, ` ${indicator.note}`) : null;
}

/** The predecessors (commune ids) whose figures an indicator's sum or range holds. */
function usedIds(indicator) {
  return (indicator.values ?? []).filter((v) => v.target != null && v.actual != null).map((v) => v.commune);
}

/** "100" for a range whose ends are equal, "từ 65,1 đến 80" otherwise. */
function span(min, max) {
  return min === max ? number(min) : `từ ${number(min)} đến ${number(max)}`;
}

function consolidatedText(indicator, predecessors) {
  // Whom it stands on, when not every predecessor: "tổng của Chiềng En, Bó Sinh (cũ); Pú Bẩu không có chỉ tiêu này".
  const whom = (kind, value) => {
    const text = coverageText(kind, usedIds(indicator), predecessors, value, { sayLacks: false });
    return text === 'tổng các xã cũ' || text === 'các xã cũ' ? null : h('span', { class: 'small coverage' }, ` (${text})`);
  };
  if (indicator.consolidated) {
    const c = indicator.consolidated;
    return h('span', { class: `consolidated${c.partial ? ' consolidated-partial' : ''}` },
      c.partial ? h('strong', { class: 'partial-label' }, `Tổng ${lacksText(c)}: `) : null,
      h('span', { class: 'consolidated-actual' }, `MT ${number(c.target)} · KQ ${number(c.actual)}`),
      ` · ${percent(c.ratio)} `, statusBadge(c.status),
      whom('sum', c),
      noteText(indicator));
  }
  if (indicator.range) {
    const r = indicator.range;
    return h('span', {}, `Không cộng dồn. MT ${span(r.targetMin, r.targetMax)}; KQ ${span(r.actualMin, r.actualMax)}`,
      whom('range', null),
      noteText(indicator));
  }
  return h('span', { class: 'muted' }, '—', noteText(indicator));
}

function indicatorsTable(summary) {
  const predecessors = summary.predecessors ?? [];
  const headers = ['Chỉ tiêu', 'Đơn vị', ...predecessors.map((p) => p.name), 'Tổng hợp'];
  return h('div', { class: 'table-scroll', role: 'region', 'aria-label': 'Chỉ tiêu tổng hợp', tabindex: '0' },
    h('table', { class: 'data responsive indicators' },
      h('caption', { class: 'visually-hidden' }, 'Chỉ tiêu chung của các xã tiền thân và giá trị tổng hợp'),
      h('thead', {}, h('tr', {}, headers.map((label) => h('th', { scope: 'col' }, label)))),
      h('tbody', {}, (summary.indicators ?? []).map((indicator) => h('tr', { dataset: { code: indicator.code } },
        h('th', { scope: 'row', dataset: { label: 'Chỉ tiêu' } }, indicator.name,
          h('span', { class: 'small muted' }, ` (${indicator.additive ? 'cộng dồn' : 'không cộng dồn'}, ${directionLabel[indicator.direction] ?? ''})`)),
        h('td', { dataset: { label: 'Đơn vị' } }, indicator.unit ?? ''),
        predecessors.map((p) => h('td', { dataset: { label: p.name } },
          p.missing ? h('span', { class: 'muted' }, 'Chưa nộp') : valueText((indicator.values ?? []).find((v) => v.commune === p.commune)))),
        h('td', { class: 'total', dataset: { label: 'Tổng hợp' } }, consolidatedText(indicator, predecessors)))))));
}

function newTermTable(summary) {
  const newTerm = summary.newTermTargets;
  if (!newTerm || newTerm.missing) return h('p', { class: 'muted' }, `Xã chưa nộp biểu chỉ tiêu nhiệm kỳ ${summary.newTerm ?? 'mới'}.`);
  return h('div', { class: 'table-scroll', role: 'region', 'aria-label': 'Chỉ tiêu nhiệm kỳ mới', tabindex: '0' },
    h('table', { class: 'data responsive new-term' },
      h('thead', {}, h('tr', {}, ['TT', 'Chỉ tiêu', 'Đơn vị', `Chỉ tiêu ${summary.newTerm ?? ''}`, `Mốc ${summary.baselineTerm ?? ''}`, 'Nhận xét'].map((label) => h('th', { scope: 'col' }, label)))),
      h('tbody', {}, (newTerm.targets ?? []).map((target) => h('tr', { class: target.belowBaseline ? 'flagged flagged-warning' : null, dataset: { code: target.code ?? '', ordinal: target.ordinal ?? '' } },
        h('td', { dataset: { label: 'TT' } }, target.ordinal ?? ''),
        h('td', { dataset: { label: 'Chỉ tiêu' } }, target.indicator ?? ''),
        h('td', { dataset: { label: 'Đơn vị' } }, target.unit ?? ''),
        h('td', { dataset: { label: 'Chỉ tiêu mới' } }, figureText(target.targetText, target.target == null ? [] : [target.target])),
        h('td', { dataset: { label: 'Mốc' } }, baselineText(target.baseline, summary.predecessors)),
        h('td', { dataset: { label: 'Nhận xét' } }, target.finding
          ? h('span', { class: `finding finding-${target.finding.severity}` }, h('strong', {}, `${severityLabel[target.finding.severity] ?? ''}: `), target.finding.message)
          : target.belowBaseline ? h('strong', {}, 'Thấp hơn mốc nhiệm kỳ trước') : ''))))));
}

function mergedExportTables(summary) {
  const predecessors = summary.predecessors ?? [];
  const unit = `Xã ${summary.communeName ?? ''}`;
  const predecessorsTable = {
    name: 'Xã tiền thân',
    unit,
    term: summary.baselineTerm,
    columns: ['Xã', 'Đã nộp', 'Số chỉ tiêu', 'Vượt', 'Đạt', 'Không đạt', 'Định tính (không chấm)', 'Tỷ lệ đạt (%)', 'Lỗi', 'Cảnh báo'],
    rows: predecessors.map((p) => [p.name, p.missing ? 'Chưa nộp' : 'Đã nộp', p.targets ?? null,
      p.counts?.computed?.exceeded ?? null, p.counts?.computed?.met ?? null, p.counts?.computed?.notMet ?? null,
      p.missing ? null : p.counts?.qualitative?.total ?? 0, p.counts?.achievementRate ?? null, p.findings?.error ?? null, p.findings?.warning ?? null]),
  };
  const indicators = {
    name: 'Chỉ tiêu tổng hợp',
    unit,
    term: summary.baselineTerm,
    columns: ['Chỉ tiêu', 'Đơn vị', 'Cộng dồn',
      ...predecessors.flatMap((p) => [`${p.name} - mục tiêu`, `${p.name} - kết quả`]),
      'Tổng mục tiêu', 'Tổng kết quả', 'Tỷ lệ (%)', 'Đánh giá', 'Tổng chưa đủ', 'Xã không có chỉ tiêu', 'Mục tiêu thấp nhất', 'Mục tiêu cao nhất', 'Kết quả thấp nhất', 'Kết quả cao nhất', 'Ghi chú'],
    rows: (summary.indicators ?? []).map((indicator) => {
      const value = (p) => (indicator.values ?? []).find((v) => v.commune === p.commune);
      const c = indicator.consolidated;
      const r = indicator.range;
      return [indicator.name, indicator.unit ?? '', indicator.additive ? 'Có' : 'Không',
        ...predecessors.flatMap((p) => [value(p)?.target ?? null, value(p)?.actual ?? null]),
        c?.target ?? null, c?.actual ?? null, c?.ratio ?? null, c ? targetStatusText(c.status) : '', lacksText(c),
        absentText(predecessors.filter((p) => !p.missing && !usedIds(indicator).includes(p.commune) && !(c?.lacks ?? []).includes(p.name)).map((p) => p.name)),
        r?.targetMin ?? null, r?.targetMax ?? null, r?.actualMin ?? null, r?.actualMax ?? null, indicator.note ?? ''];
    }),
  };
  const newTerm = {
    name: `Chỉ tiêu ${summary.newTerm ?? 'mới'}`,
    unit,
    term: summary.newTerm,
    // A sum is one number; a range (non-additive indicators) is its two ends, each a number to compute with.
    columns: ['TT', 'Chỉ tiêu', 'Đơn vị', 'Chỉ tiêu mới', 'Mốc (tổng)', 'Mốc thấp nhất', 'Mốc cao nhất', 'Mốc tính từ', 'Thấp hơn mốc', 'Nhận xét'],
    rows: (summary.newTermTargets?.targets ?? []).map((t) => {
      const range = t.baseline && t.baseline.kind !== 'sum';
      return [t.ordinal ?? '', t.indicator ?? '', t.unit ?? '', t.target ?? t.targetText ?? null,
        t.baseline?.kind === 'sum' ? t.baseline.value ?? null : null, range ? t.baseline.min ?? null : null, range ? t.baseline.max ?? null : null,
        t.baseline ? coverageText(t.baseline.kind === 'sum' ? 'sum' : 'range', t.baseline.from, predecessors, t.baseline) : '', t.belowBaseline ? 'Có' : 'Không', t.finding?.message ?? ''];
    }),
  };
  return { predecessorsTable, indicators, newTerm };
}

function renderMerged(body, summary) {
  const tables = mergedExportTables(summary);
  replace(body,
    h('p', { class: 'lead' },
      `Thành lập ngày ${date(summary.effective)} theo ${summary.legalBasis ?? '—'}, từ ${(summary.predecessors ?? []).map((p) => p.name).join(', ')}. `,
      `Kết quả nhiệm kỳ ${summary.baselineTerm} của các xã tiền thân; chỉ tiêu nhiệm kỳ ${summary.newTerm}.`),
    exportButtons([tables.predecessorsTable, tables.indicators, tables.newTerm], tables.indicators, `tong-hop-${String(summary.commune).replace('/', '-')}-${summary.baselineTerm ?? ''}`),
    h('section', { class: 'panel', 'aria-labelledby': 'predecessors-heading' },
      h('h2', { id: 'predecessors-heading' }, `Các xã tiền thân (nhiệm kỳ ${summary.baselineTerm})`),
      h('div', { class: 'cards' }, (summary.predecessors ?? []).map(predecessorCard)),
      summary.totals ? h('p', {}, `Đã nộp ${number(summary.totals.reported)}/${number(summary.totals.expected)} xã, tổng ${number(summary.totals.targets)} chỉ tiêu.`) : null),
    h('section', { class: 'panel', 'aria-labelledby': 'indicators-heading' },
      h('h2', { id: 'indicators-heading' }, 'Chỉ tiêu tổng hợp'),
      h('p', { class: 'muted' }, 'Chỉ tiêu cộng được (tiền, diện tích, số người, trường, hợp tác xã) được cộng lại và chấm lại; chỉ tiêu tỷ lệ hoặc bình quân chỉ nêu khoảng, không cộng. MT: mục tiêu, KQ: kết quả.'),
      indicatorsTable(summary)),
    h('section', { class: 'panel', 'aria-labelledby': 'new-term-heading' },
      h('h2', { id: 'new-term-heading' }, `Chỉ tiêu nhiệm kỳ ${summary.newTerm ?? 'mới'} so với mốc ${summary.baselineTerm ?? ''}`),
      newTermTable(summary),
      // Each year's results toward these targets: the commune's page for the new term.
      summary.newTerm && !summary.newTermTargets?.missing
        ? h('p', {}, h('a', { href: `#/xa/${summary.commune}?term=${encodeURIComponent(summary.newTerm)}`, class: 'progress-link' }, `Xem tiến độ thực hiện chỉ tiêu nhiệm kỳ ${summary.newTerm} theo từng năm`))
        : null),
    h('p', { class: 'muted small' }, `Tổng hợp lúc ${dateTime(summary.computedAt)}.`));
}

/**
 * "Báo cáo và biểu" of the report the current annex came from (GET /api/annexes/{id} `report`: this commune's sections
 * and findings) into <slot>. Nothing is shown when it cannot be read: the count above already says it.
 */
async function showReport(api, uploadId, slot) {
  if (!uploadId) return;
  try {
    const upload = await api.get(`/api/annexes/${encodeURIComponent(uploadId)}`);
    replace(slot, upload?.report ? h('div', { class: 'panel' }, reportCheckSection(upload.report, 2)) : null);
  } catch {
    replace(slot);
  }
}

/** A picker of the term an ordinary commune's page shows (its summary needs one). */
/** When the summary lists only the first findings (the API's `findingTotals`): how many more there are, and where they are. */
function unlistedFindings(summary, listed) {
  const totals = summary.findingTotals;
  if (!totals) return null;
  const more = (totals.error ?? 0) + (totals.warning ?? 0) + (totals.info ?? 0) - listed.length;
  if (more <= 0) return null;
  return h('p', { class: 'unlisted-findings' },
    `Tổng cộng ${number(totals.error ?? 0)} lỗi, ${number(totals.warning ?? 0)} cảnh báo, ${number(totals.info ?? 0)} lưu ý; ở đây liệt kê ${number(listed.length)} phát hiện đầu (lỗi trước). `
    + `Còn ${number(more)} phát hiện khác: xem cột “Phát hiện” của từng dòng trong biểu đã chấm bên dưới.`);
}

function termPicker(term, onPick) {
  const id = 'summary-term';
  const control = h('select', { id, onchange: () => onPick(control.value) },
    [...terms].sort().map((t) => h('option', { value: t, selected: t === term }, t)));
  return h('div', { class: 'field-row' }, h('div', { class: 'field' }, h('label', { for: id }, 'Nhiệm kỳ'), control));
}

/**
 * An ordinary commune for a term: its counts, findings and scored annex, the province's review of
 * it (a province officer decides there), its uploads and its history. <summary> is null when the
 * commune has no scored annex for the term (then only the uploads and the history).
 */
async function renderOrdinary(body, { summary, api, me, commune, term, pickTerm, emptyMessage }) {
  const record = communeRecord(api, commune, term, summary?.uploadId ?? null);
  if (!summary) {
    // No annex for the term: the progress section says plainly that there is no targets annex to follow.
    const progress = createProgressSection(api, commune, term);
    progress.load();
    replace(body, termPicker(term, pickTerm), h('p', { class: 'muted empty-state' }, emptyMessage), progress.element, record.element);
    return;
  }
  const findings = summary.findings ?? [];
  const plan = summary.kind === 'targets-only';
  const reviewSlot = h('div', { class: 'review-slot' });
  const annexSlot = h('div', { class: 'annex-slot' }, h('p', { class: 'loading muted' }, 'Đang tải…'));
  const reportSlot = h('div', { class: 'report-slot' });
  // The year-by-year progress toward the term's targets (a term's yearly annexes, docs/progress.md).
  const progress = createProgressSection(api, commune, term, { communeName: summary.communeName });
  progress.load();
  replace(body,
    termPicker(term, pickTerm),
    h('p', { class: 'lead' }, plan
      ? `Nhiệm kỳ ${summary.term}. Đã nộp chỉ tiêu lúc ${dateTime(summary.scoredAt)}; biểu chỉ tiêu chưa có kết quả cả nhiệm kỳ nên chưa chấm (kết quả từng năm: mục tiến độ bên dưới).`
      : `Nhiệm kỳ ${summary.term}. Chấm lúc ${dateTime(summary.scoredAt)}.`),
    me?.role === 'province' ? null : h('p', {}, 'Tình trạng duyệt: ', reviewBadge(summary.review)),
    plan ? null : countsSummary(summary.counts, summary.achievementRate),
    // A report's text disagrees with the annex (the API's reportFindings): the Word report the current annex came in, or a PDF
    // report checked against it — or against an annex replaced since (reportOfEarlierAnnex), which is said.
    summary.reportFindings > 0 ? h('p', { class: 'flag-summary report-findings-count' },
      summary.reportOfEarlierAnnex
        ? `Báo cáo có ${number(summary.reportFindings)} chỗ khác với biểu trước đây của xã (xã đã nộp biểu mới sau khi gửi báo cáo; gửi lại báo cáo để đối chiếu với biểu hiện hành)`
        : `Báo cáo có ${number(summary.reportFindings)} chỗ khác với biểu`) : null,
    reviewSlot,
    progress.element,
    h('section', { class: 'panel', 'aria-labelledby': 'findings-heading' },
      h('h2', { id: 'findings-heading' }, 'Phát hiện'),
      findings.length
        ? h('ul', { class: 'findings' }, bySeverity(findings).map((f) => h('li', { class: `finding finding-${f.severity}` },
          h('strong', {}, `${severityLabel[f.severity] ?? ''} — chỉ tiêu ${f.ordinal ?? ''} (dòng ${f.row ?? ''}): `), f.message)))
        : h('p', {}, 'Không có sai lệch nào.'),
      unlistedFindings(summary, findings)),
    annexSlot,
    reportSlot,
    record.element);
  // A PDF report's part about this commune comes with the summary; a Word report's is on the part its annex came in.
  if (summary.report) replace(reportSlot, h('div', { class: 'panel' }, reportCheckSection(summary.report, 2)));
  else if (summary.reportFindings != null) showReport(api, summary.uploadId, reportSlot);
  let annexes = [];
  try {
    // Every annex of the commune's current upload: a workbook may hold several (one sheet each in the .xlsx).
    const current = await api.get(`/api/communes/${communePath(summary.commune)}/targets?term=${encodeURIComponent(term)}`);
    annexes = current.annexes ?? [];
    const tables = annexes.map((annex, index) =>
      annexExportTable(annex, annexes.length > 1 ? `${index + 1} ${annex.sheet ?? ''}` : `${summary.communeName ?? ''} ${current.term ?? ''}`,
        `Xã ${summary.communeName ?? ''}`, current.term ?? term));
    replace(annexSlot, h('section', { class: 'panel', 'aria-labelledby': 'annex-heading' },
      h('h2', { id: 'annex-heading' }, plan ? 'Biểu chỉ tiêu đã nộp' : 'Biểu đã chấm'),
      exportButtons(tables, tables[0], `bieu-${String(summary.commune).replace('/', '-')}-${current.term ?? ''}`),
      // One annex: its counts are the commune's, already shown above.
      annexes.map((annex) => annexView(annex, undefined, { counts: annexes.length > 1, remarks: rowRemarks(summary.review) }))));
  } catch (error) {
    replace(annexSlot, errorBox(error));
  }
  if (me?.role === 'province') {
    const panel = createReviewPanel({
      api, commune, term,
      targets: annexes.flatMap((annex) => annex.targets ?? []),
      onDecided: () => record.reload(),
    });
    panel.show({ ...summary.review, state: summary.review?.state ?? 'notSubmitted' });
    replace(reviewSlot, panel.element);
  }
}

/**
 * A commune's page. <term>: the term asked for; an ordinary commune's summary needs one, so without it
 * the first of labels.js `terms` is shown (a merged commune's summary takes none).
 */
export function renderSummaryView(main, { api, me, commune, term, backHref, backLabel, navigate }) {
  const heading = h('h1', { tabindex: '-1' }, 'Đang tải…');
  const body = h('div', { class: 'summary-body' });
  const printSlot = h('div', { class: 'print-slot' });
  const pickTerm = (picked) => navigate(`#/xa/${commune}?term=${encodeURIComponent(picked)}`);
  replace(main,
    h('p', { class: 'back-link' }, h('a', { href: backHref, onclick: (event) => { event.preventDefault(); navigate(backHref); } }, backLabel ?? '← Quay lại danh sách')),
    heading, printSlot, body);

  /** Whether <commune> was formed by a merger: the clerk's own from /api/me, else the province's units. */
  async function formedByMerger() {
    if (me?.role !== 'province') return commune === me?.commune && (me.predecessors?.length ?? 0) > 0;
    try {
      const units = await api.get(`/api/provinces/${encodeURIComponent(me.province)}/units`);
      return (units?.mergers ?? []).some((merger) => `${units.id ?? me.province}/${merger.into}` === commune);
    } catch {
      return true; // ask without a term; a 400 then says it is an ordinary commune
    }
  }

  async function load(shownTerm = term) {
    destroyProgressCharts();
    replace(body, h('p', { class: 'loading muted' }, 'Đang tải…'));
    let summary;
    try {
      // No term asked: an ordinary commune's summary needs one (the first term is shown), a merged one's takes none.
      if (!shownTerm && !(await formedByMerger())) return load(terms[0]);
      const query = shownTerm ? `?term=${encodeURIComponent(shownTerm)}` : '';
      summary = await api.get(`/api/communes/${communePath(commune)}/summary${query}`);
    } catch (error) {
      if (error.status === 400 && !shownTerm) return load(terms[0]); // the units could not tell: an ordinary commune after all
      // Nothing submitted yet is a state, not a failure: said plainly, with the uploads and the history.
      if (error.status === 404 && shownTerm) {
        heading.textContent = 'Chưa có biểu';
        replace(printSlot);
        await renderOrdinary(body, { summary: null, api, me, commune, term: shownTerm, pickTerm, emptyMessage: error.message });
        return;
      }
      heading.textContent = error.status === 403 ? 'Không có quyền xem' : error.status === 404 ? 'Chưa có biểu' : 'Không tải được dữ liệu';
      // Retrying a refusal changes nothing: "Thử lại" only where trying again may help.
      replace(body, error.status === 404 ? h('p', { class: 'muted empty-state' }, error.message) : errorBox(error, error.status === 403 ? null : () => load(shownTerm)));
      return;
    }
    heading.textContent = summary.kind === 'merged' ? `Tổng hợp xã ${summary.communeName}` : `Xã ${summary.communeName ?? ''}`;
    replace(printSlot, printTitle(`Xã ${summary.communeName ?? ''}`, summary.kind === 'merged'
      ? `Kết quả nhiệm kỳ ${summary.baselineTerm ?? '—'}, chỉ tiêu nhiệm kỳ ${summary.newTerm ?? '—'}`
      : `Nhiệm kỳ ${summary.term ?? shownTerm ?? '—'}`));
    if (summary.kind === 'merged') renderMerged(body, summary);
    else await renderOrdinary(body, { summary, api, me, commune, term: summary.term ?? shownTerm, pickTerm });
  }
  load();
  return destroyProgressCharts;
}
