// A commune's summary (drill-down). A commune formed by a merger shows its predecessors side by
// side, the consolidated indicators, and its new-term targets beside their baselines; an ordinary
// commune shows its counts, findings and scored annex.
import { communePath } from './api.js';
import { annexExportTable, annexView, countsSummary } from './annex-table.js';
import { h, replace } from './dom.js';
import { errorBox } from './error-box.js';
import { downloadCsv, downloadXlsx } from './export.js';
import { date, dateTime, figureText, number, percent } from './format.js';
import { directionLabel, severityLabel, targetStatusText } from './labels.js';
import { lacksText } from './partial-total.js';
import { baselineText } from './plan-table.js';
import { printTitle } from './print-title.js';

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

function consolidatedText(indicator) {
  if (indicator.consolidated) {
    const c = indicator.consolidated;
    return h('span', { class: `consolidated${c.partial ? ' consolidated-partial' : ''}` },
      c.partial ? h('strong', { class: 'partial-label' }, `Tổng ${lacksText(c)}: `) : null,
      h('span', { class: 'consolidated-actual' }, `MT ${number(c.target)} · KQ ${number(c.actual)}`),
      ` · ${percent(c.ratio)} `, statusBadge(c.status),
      noteText(indicator));
  }
  if (indicator.range) {
    const r = indicator.range;
    return h('span', {}, `Không cộng dồn. MT từ ${number(r.targetMin)} đến ${number(r.targetMax)}; KQ từ ${number(r.actualMin)} đến ${number(r.actualMax)}`,
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
        h('td', { class: 'total', dataset: { label: 'Tổng hợp' } }, consolidatedText(indicator)))))));
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
        h('td', { dataset: { label: 'Mốc' } }, baselineText(target.baseline)),
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
      'Tổng mục tiêu', 'Tổng kết quả', 'Tỷ lệ (%)', 'Đánh giá', 'Tổng chưa đủ', 'Mục tiêu thấp nhất', 'Mục tiêu cao nhất', 'Kết quả thấp nhất', 'Kết quả cao nhất', 'Ghi chú'],
    rows: (summary.indicators ?? []).map((indicator) => {
      const value = (p) => (indicator.values ?? []).find((v) => v.commune === p.commune);
      const c = indicator.consolidated;
      const r = indicator.range;
      return [indicator.name, indicator.unit ?? '', indicator.additive ? 'Có' : 'Không',
        ...predecessors.flatMap((p) => [value(p)?.target ?? null, value(p)?.actual ?? null]),
        c?.target ?? null, c?.actual ?? null, c?.ratio ?? null, c ? targetStatusText(c.status) : '', lacksText(c),
        r?.targetMin ?? null, r?.targetMax ?? null, r?.actualMin ?? null, r?.actualMax ?? null, indicator.note ?? ''];
    }),
  };
  const newTerm = {
    name: `Chỉ tiêu ${summary.newTerm ?? 'mới'}`,
    unit,
    term: summary.newTerm,
    // A sum is one number; a range (non-additive indicators) is its two ends, each a number to compute with.
    columns: ['TT', 'Chỉ tiêu', 'Đơn vị', 'Chỉ tiêu mới', 'Mốc (tổng)', 'Mốc thấp nhất', 'Mốc cao nhất', 'Mốc chưa đủ', 'Thấp hơn mốc', 'Nhận xét'],
    rows: (summary.newTermTargets?.targets ?? []).map((t) => {
      const range = t.baseline && t.baseline.kind !== 'sum';
      return [t.ordinal ?? '', t.indicator ?? '', t.unit ?? '', t.target ?? t.targetText ?? null,
        t.baseline?.kind === 'sum' ? t.baseline.value ?? null : null, range ? t.baseline.min ?? null : null, range ? t.baseline.max ?? null : null,
        lacksText(t.baseline), t.belowBaseline ? 'Có' : 'Không', t.finding?.message ?? ''];
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
      newTermTable(summary)),
    h('p', { class: 'muted small' }, `Tổng hợp lúc ${dateTime(summary.computedAt)}.`));
}

async function renderOrdinary(body, summary, api, term) {
  const findings = summary.findings ?? [];
  const plan = summary.kind === 'targets-only';
  replace(body,
    h('p', { class: 'lead' }, plan
      ? `Nhiệm kỳ ${summary.term}. Đã nộp chỉ tiêu lúc ${dateTime(summary.scoredAt)}; chưa có kết quả nên chưa chấm.`
      : `Nhiệm kỳ ${summary.term}. Chấm lúc ${dateTime(summary.scoredAt)}.`),
    plan ? null : countsSummary(summary.counts, summary.achievementRate),
    h('section', { class: 'panel', 'aria-labelledby': 'findings-heading' },
      h('h2', { id: 'findings-heading' }, 'Phát hiện'),
      findings.length
        ? h('ul', { class: 'findings' }, findings.map((f) => h('li', { class: `finding finding-${f.severity}` },
          h('strong', {}, `${severityLabel[f.severity] ?? f.severity} — chỉ tiêu ${f.ordinal ?? ''} (dòng ${f.row ?? ''}): `), f.message)))
        : h('p', {}, 'Không có sai lệch nào.')));
  try {
    // Every annex of the commune's current upload: a workbook may hold several (one sheet each in the .xlsx).
    const current = await api.get(`/api/communes/${communePath(summary.commune)}/targets?term=${encodeURIComponent(term ?? summary.term)}`);
    const tables = current.annexes.map((annex, index) =>
      annexExportTable(annex, current.annexes.length > 1 ? `${index + 1} ${annex.sheet ?? ''}` : `${summary.communeName ?? ''} ${current.term ?? ''}`,
        `Xã ${summary.communeName ?? ''}`, current.term ?? term ?? summary.term));
    body.append(h('section', { class: 'panel', 'aria-labelledby': 'annex-heading' },
      h('h2', { id: 'annex-heading' }, plan ? 'Biểu chỉ tiêu đã nộp' : 'Biểu đã chấm'),
      exportButtons(tables, tables[0], `bieu-${String(summary.commune).replace('/', '-')}-${current.term ?? ''}`),
      // One annex: its counts are the commune's, already shown above.
      current.annexes.map((annex) => annexView(annex, undefined, { counts: current.annexes.length > 1 }))));
  } catch (error) {
    body.append(errorBox(error));
  }
}

export function renderSummaryView(main, { api, commune, term, backHref, navigate }) {
  const heading = h('h1', { tabindex: '-1' }, 'Đang tải…');
  const body = h('div', { class: 'summary-body' });
  const printSlot = h('div', { class: 'print-slot' });
  replace(main,
    h('p', { class: 'back-link' }, h('a', { href: backHref, onclick: (event) => { event.preventDefault(); navigate(backHref); } }, '← Quay lại danh sách')),
    heading, printSlot, body);

  async function load() {
    replace(body, h('p', { class: 'loading muted' }, 'Đang tải…'));
    try {
      const query = term ? `?term=${encodeURIComponent(term)}` : '';
      const summary = await api.get(`/api/communes/${communePath(commune)}/summary${query}`);
      heading.textContent = summary.kind === 'merged' ? `Tổng hợp xã ${summary.communeName}` : `Xã ${summary.communeName ?? commune}`;
      replace(printSlot, printTitle(`Xã ${summary.communeName ?? ''}`, summary.kind === 'merged'
        ? `Kết quả nhiệm kỳ ${summary.baselineTerm ?? '—'}, chỉ tiêu nhiệm kỳ ${summary.newTerm ?? '—'}`
        : `Nhiệm kỳ ${summary.term ?? term ?? '—'}`));
      if (summary.kind === 'merged') renderMerged(body, summary);
      else await renderOrdinary(body, summary, api, term);
    } catch (error) {
      // Nothing submitted yet is a state, not a failure: said plainly, without "Thử lại".
      heading.textContent = error.status === 403 ? 'Không có quyền xem' : error.status === 404 ? 'Chưa có biểu' : 'Không tải được dữ liệu';
      replace(body, error.status === 404 ? h('p', { class: 'muted empty-state' }, error.message) : errorBox(error, load));
    }
  }
  load();
}
