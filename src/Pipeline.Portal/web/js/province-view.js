// The province officer's dashboard for one term: completeness, the chart, the communes' table
// (sortable, filterable, exportable), the merged communes and consolidation.
import { countsSummary } from './annex-table.js';
import { createAssumedDirectionsPanel } from './assumed-directions-panel.js';
import { createCommuneChart } from './commune-chart.js';
import { createConsolidationPanel } from './consolidation-panel.js';
import { h, replace, uniqueId } from './dom.js';
import { errorBox } from './error-box.js';
import { downloadCsv, downloadXlsx } from './export.js';
import { communeSlug, date, dateTime, percent } from './format.js';
import { termYears, terms } from './labels.js';
import { dashboardPeriodText, periodOverview } from './period-overview.js';
import { createProvinceTable, hasProgress, hasResults, provinceExportTable } from './province-table.js';
import { createSlowIndicatorsPanel } from './slow-indicators.js';
import { reviewOverview } from './review-overview.js';

/** "2020-2025" and "2025-2030" for a merger effective in 2025 (Merger.BaselineTerm, NewTerm). */
function mergerTerms(merger) {
  const year = Number(String(merger.effective ?? '').slice(0, 4));
  return Number.isFinite(year) && year > 0 ? [`${year - 5}-${year}`, `${year}-${year + 5}`] : [];
}

export function renderProvinceView(main, { api, me, term, navigate }) {
  const state = { term: terms.includes(term) ? term : terms[0], period: 'term', chart: null, confirmedOnly: false };
  const body = h('div', { class: 'province-body', 'aria-busy': 'true' });
  const termId = uniqueId('province-term');
  const termSelect = h('select', { id: termId, onchange: () => navigate(`#/tinh?term=${encodeURIComponent(termSelect.value)}`) },
    [...terms].sort().map((t) => h('option', { value: t, selected: t === state.term }, t))); // in time order; the default stays terms[0]
  // The period whose completeness and deadline are shown: the whole term (its annex, reviewed), a year's results, the mid-term review.
  const periodId = uniqueId('province-period');
  const periodSelect = h('select', { id: periodId, onchange: () => { state.period = periodSelect.value; load(); } },
    ['term', ...termYears(state.term).map(String), 'mid-term'].map((p) => h('option', { value: p, selected: p === state.period }, dashboardPeriodText(p))));

  replace(main,
    h('h1', { tabindex: '-1' }, `Chỉ tiêu các xã tỉnh ${me.provinceName ?? me.province}`),
    h('div', { class: 'field-row' }, h('div', { class: 'field' }, h('label', { for: termId }, 'Nhiệm kỳ'), termSelect),
      h('div', { class: 'field' }, h('label', { for: periodId }, 'Kỳ báo cáo'), periodSelect)),
    body,
    createAssumedDirectionsPanel(api, me.province, state.term),
    createConsolidationPanel(api, load));

  const openCommune = (commune) => navigate(`#/xa/${commune}?term=${encodeURIComponent(state.term)}`);

  async function load() {
    body.setAttribute('aria-busy', 'true');
    if (!body.hasChildNodes() || body.querySelector('.error-box')) replace(body, h('p', { class: 'loading muted' }, 'Đang tải số liệu của tỉnh…'));
    try {
      const period = state.period !== 'term' ? `&period=${encodeURIComponent(state.period)}` : '';
      const rollup = await api.get(`/api/provinces/${encodeURIComponent(me.province)}/summary?term=${encodeURIComponent(state.term)}${state.confirmedOnly ? '&confirmedOnly=true' : ''}${period}`);
      render(rollup);
    } catch (error) {
      replace(body, errorBox(error, load));
    } finally {
      body.setAttribute('aria-busy', 'false');
    }
  }

  function render(rollup) {
    state.chart?.destroy();
    const completeness = rollup.completeness ?? {};
    const table = createProvinceTable(rollup, openCommune);
    const withResults = (rollup.communes ?? []).filter(hasResults);
    state.chart = withResults.length ? createCommuneChart(withResults) : null;
    // A merger belongs to the terms it joins: the predecessors' last and the new commune's first.
    const mergers = (rollup.mergers ?? []).filter((m) => mergerTerms(m).includes(rollup.term));
    const slug = `${rollup.province}-${rollup.term}`;

    replace(body,
      h('section', { class: 'panel', 'aria-labelledby': 'overview-heading' },
        h('h2', { id: 'overview-heading' }, `Tổng quan nhiệm kỳ ${rollup.term}`),
        h('p', {}, `Đã nộp ${completeness.uploaded ?? 0}/${completeness.expected ?? 0} xã (${percent(completeness.rate)}).`,
          completeness.missingCommunes?.length ? ` Chưa nộp: ${completeness.missingCommunes.map((c) => c.name ?? communeSlug(c.commune)).join(', ')}.` : ''),
        rollup.review?.confirmedOnly ? h('p', { class: 'notice confirmed-only-notice' }, `Số liệu tổng chỉ tính ${rollup.review.confirmed ?? 0} xã có biểu đã được tỉnh xác nhận.`) : null,
        withResults.length ? countsSummary(rollup.totals?.counts) : h('p', { class: 'muted' }, 'Chưa có xã nào nộp biểu kết quả cả nhiệm kỳ cho nhiệm kỳ này.'),
        // Yearly results: counted apart, in the communes' table's progress columns and the indicators behind.
        hasProgress(rollup) ? h('p', { class: 'progress-overview' }, `Kết quả từng năm: ${(rollup.communes ?? []).filter((c) => c.progress).length} xã đã gửi; tiến độ so với chỉ tiêu nhiệm kỳ ở bảng các xã và mục “Chỉ tiêu nhiều xã đang chậm”.`) : null,
        h('p', { class: 'muted small' }, `Số liệu tổng hợp lúc ${dateTime(rollup.computedAt)}.`)),
      rollup.periodCompleteness
        ? periodOverview(rollup, {
          api,
          province: me.province,
          onChanged: async (message) => {
            await load();
            const saved = body.querySelector('.period-deadline-status'); // drawn again: say it there, and go there
            if (saved) {
              saved.textContent = message;
              saved.focus();
            }
          },
        })
        : null,
      reviewOverview(rollup, {
        api,
        province: me.province,
        confirmedOnly: state.confirmedOnly,
        onChanged: async (message) => {
          await load();
          const saved = body.querySelector('.deadline-status'); // the panel was drawn again: say it there, and go there
          if (saved) {
            saved.textContent = message;
            saved.focus();
          }
        },
        onConfirmedOnly: async (checked) => {
          state.confirmedOnly = checked;
          await load();
          body.querySelector('.review-overview input[type="checkbox"]')?.focus(); // drawn again: keep the keyboard on the switch
        },
      }),
      mergers.length
        ? h('section', { class: 'panel', 'aria-labelledby': 'mergers-heading' },
          h('h2', { id: 'mergers-heading' }, 'Xã mới sau sáp nhập'),
          h('ul', { class: 'mergers' }, mergers.map((merger) => h('li', {},
            h('a', { href: `#/xa/${merger.commune}`, class: 'merger-link', onclick: (event) => { event.preventDefault(); navigate(`#/xa/${merger.commune}`); } }, `Xem tổng hợp xã ${merger.name}`),
            ` — sáp nhập từ ${(merger.predecessorNames ?? merger.predecessors.map(communeSlug)).join(', ')}, từ ngày ${date(merger.effective)}.`))))
        : null,
      state.chart
        ? h('section', { class: 'panel', 'aria-labelledby': 'chart-heading' }, h('h2', { id: 'chart-heading' }, 'Kết quả theo xã'), state.chart.element)
        : null,
      h('section', { class: 'panel', 'aria-labelledby': 'communes-heading' },
        h('h2', { id: 'communes-heading' }, 'Các xã'),
        h('div', { class: 'actions' },
          h('button', { type: 'button', class: 'secondary', onclick: () => downloadXlsx([provinceExportTable(rollup, table.shown())], `chi-tieu-${slug}.xlsx`) }, 'Tải bảng Excel (.xlsx)'),
          h('button', { type: 'button', class: 'secondary', onclick: () => downloadCsv(provinceExportTable(rollup, table.shown()), `chi-tieu-${slug}.csv`) }, 'Tải bảng CSV (.csv)')),
        table.element),
      // A term with yearly results: the indicators most communes are behind on.
      hasProgress(rollup) ? createSlowIndicatorsPanel(api, rollup) : null);
  }

  load();
  return () => state.chart?.destroy();
}
