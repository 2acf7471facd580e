// "Tiến độ thực hiện chỉ tiêu nhiệm kỳ": a commune's yearly results toward its term's targets
// (GET /api/communes/{p}/{c}/progress?term=, docs/progress.md). Per indicator a table of the years —
// the result ("(ước)" for an estimate), the year's plan, the share of the way covered beside the
// share expected by then, the assessment in words — and a small line chart (chart.js) of the values
// against the target, whose text alternative is the table. Exports to .xlsx and .csv.
import { CategoryScale, Chart, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip } from 'chart.js';
import { communePath } from './api.js';
import { h, replace, uniqueId } from './dom.js';
import { errorBox } from './error-box.js';
import { downloadCsv, downloadXlsx } from './export.js';
import { number, percent } from './format.js';
import { assessmentLabel, assessmentOrder, directionLabel, targetStatusText } from './labels.js';

Chart.register(LineController, LineElement, PointElement, CategoryScale, LinearScale, Legend, Tooltip);

const charts = new Set();

/** Destroys the charts drawn so far (the page is left or drawn again). */
export function destroyProgressCharts() {
  for (const chart of charts) chart.destroy();
  charts.clear();
}

/** "Đúng tiến độ" as a badge; a qualitative row or a year without a figure has none. */
export function assessmentBadge(assessment, qualitative = false) {
  if (!assessment) return h('span', { class: 'muted' }, qualitative ? 'Không đánh giá (chỉ tiêu định tính)' : '—');
  return h('span', { class: `badge progress-${assessment}` }, assessmentLabel[assessment] ?? '—');
}

/** A share (0.3368) as a percent (33,68 %). */
function sharePercent(share) {
  return typeof share === 'number' && Number.isFinite(share) ? Math.round(share * 10000) / 100 : null;
}

/** The indicator's name, with its part for a composite row's part. */
function indicatorName(indicator) {
  return indicator.part ? `${indicator.name ?? ''} (phần ${indicator.part})` : indicator.name ?? '';
}

function valueText(value) {
  const figure = typeof value.value === 'number' ? number(value.value) : value.valueText || '—';
  return value.estimate ? `${figure} (ước)` : figure;
}

function planText(value) {
  if (typeof value.plan !== 'number') return '—';
  return value.planStatus ? `${number(value.plan)} (${targetStatusText(value.planStatus).toLowerCase()} kế hoạch)` : number(value.plan);
}

/** The indicator's values in the order of the years, each with a figure or a word. */
function valuesOf(indicator) {
  return [...(indicator.values ?? [])].sort((a, b) => Number(a.period) - Number(b.period));
}

/** The latest year with an assessment, for the counts and the filter. */
export function latestValue(indicator) {
  return valuesOf(indicator).filter((value) => value.assessment).at(-1) ?? null;
}

function yearsTable(indicator, captionId) {
  const columns = ['Năm', 'Kết quả', 'Kế hoạch năm', 'Đã đi (%)', 'Cần đạt (%)', 'Đánh giá'];
  return h('div', { class: 'table-scroll', role: 'region', 'aria-labelledby': captionId, tabindex: '0' },
    h('table', { class: 'data responsive progress-table' },
      h('caption', { class: 'visually-hidden' }, `${indicatorName(indicator)}: kết quả từng năm so với chỉ tiêu nhiệm kỳ`),
      h('thead', {}, h('tr', {}, columns.map((label) => h('th', { scope: 'col' }, label)))),
      h('tbody', {}, valuesOf(indicator).map((value) => h('tr', { dataset: { period: String(value.period) } },
        h('th', { scope: 'row', dataset: { label: 'Năm' } }, String(value.period)),
        h('td', { class: 'num', dataset: { label: 'Kết quả' } }, valueText(value)),
        h('td', { dataset: { label: 'Kế hoạch năm' } }, planText(value)),
        h('td', { class: 'num', dataset: { label: 'Đã đi (%)' } }, percent(sharePercent(value.share))),
        h('td', { class: 'num', dataset: { label: 'Cần đạt (%)' } }, percent(sharePercent(value.expectedShare))),
        h('td', { dataset: { label: 'Đánh giá' } }, assessmentBadge(value.assessment, indicator.qualitative || value.qualitative)))))));
}

/** "Thu ngân sách: mốc 420; năm 2026: 452; năm 2027: 455 (ước); chỉ tiêu 515." — what the chart shows, in words. */
function chartSummary(indicator, startYear, endYear) {
  const parts = [`Biểu đồ ${indicatorName(indicator)}`];
  if (typeof indicator.baseline === 'number') parts.push(`mốc năm ${startYear}: ${number(indicator.baseline)}`);
  for (const value of valuesOf(indicator)) if (typeof value.value === 'number') parts.push(`năm ${value.period}: ${valueText(value)}`);
  if (typeof indicator.target === 'number') parts.push(`chỉ tiêu đến năm ${endYear}: ${number(indicator.target)}`);
  return `${parts.join('; ')}. Số liệu chi tiết có ở bảng bên cạnh.`;
}

/** A small line chart of the values across the term's years against the target; null when there is nothing to draw. */
function indicatorChart(indicator, startYear, endYear) {
  const values = valuesOf(indicator).filter((value) => typeof value.value === 'number');
  if (!values.length || !Number.isInteger(startYear) || !Number.isInteger(endYear)) return null;
  const years = Array.from({ length: endYear - startYear + 1 }, (_, index) => startYear + index);
  const byYear = new Map(values.map((value) => [Number(value.period), value.value]));
  const estimated = new Set(values.filter((value) => value.estimate).map((value) => Number(value.period)));
  const results = years.map((year) => (year === startYear && typeof indicator.baseline === 'number' ? indicator.baseline : byYear.get(year) ?? null));
  // An estimate ("Ước thực hiện") is a hollow point; the table says "(ước)".
  const datasets = [{ label: 'Kết quả', data: results, borderColor: '#1d4f91', backgroundColor: '#1d4f91', spanGaps: true, pointRadius: 3,
    pointBackgroundColor: years.map((year) => (estimated.has(year) ? '#ffffff' : '#1d4f91')) }];
  if (typeof indicator.target === 'number') {
    datasets.push({ label: `Chỉ tiêu ${endYear}`, data: years.map(() => indicator.target), borderColor: '#b42318', backgroundColor: '#b42318', borderDash: [6, 4], pointRadius: 0 });
    if (typeof indicator.baseline === 'number') {
      // The straight line from the baseline to the target the assessment measures against.
      datasets.push({ label: 'Lộ trình cần đạt', data: years.map((year) => indicator.baseline + ((indicator.target - indicator.baseline) * (year - startYear)) / (endYear - startYear)),
        borderColor: '#6b7280', backgroundColor: '#6b7280', borderDash: [2, 3], pointRadius: 0 });
    }
  }
  const canvas = h('canvas', { role: 'img', 'aria-label': chartSummary(indicator, startYear, endYear) });
  const box = h('div', { class: 'chart-box progress-chart-box' }, canvas);
  const chart = new Chart(canvas, {
    type: 'line',
    data: { labels: years.map(String), datasets },
    options: {
      maintainAspectRatio: false,
      animation: false,
      responsive: true,
      scales: { y: { ticks: { callback: (tick) => number(tick) } } },
      plugins: { legend: { position: 'bottom', labels: { boxWidth: 14, font: { size: 11 } } }, tooltip: { callbacks: { label: (item) => `${item.dataset.label}: ${number(item.parsed.y)}` } } },
    },
  });
  charts.add(chart);
  return h('figure', { class: 'chart progress-chart' }, box);
}

function indicatorArticle(indicator, startYear, endYear) {
  const headingId = uniqueId('progress-indicator');
  const latest = latestValue(indicator);
  return h('article', { class: 'progress-indicator', dataset: { code: indicator.indicatorCode ?? '', latest: latest?.assessment ?? '' }, 'aria-labelledby': headingId },
    h('h3', { id: headingId }, indicatorName(indicator), ' ', latest ? assessmentBadge(latest.assessment) : null),
    h('p', { class: 'small progress-meta' },
      [indicator.unit ? `Đơn vị: ${indicator.unit}` : null,
        `Mốc đầu nhiệm kỳ: ${typeof indicator.baseline === 'number' ? number(indicator.baseline) : 'chưa có'}`,
        `Chỉ tiêu đến năm ${endYear ?? ''}: ${typeof indicator.target === 'number' ? number(indicator.target) : '—'}`,
        directionLabel[indicator.direction] ?? null].filter(Boolean).join(' · ')),
    h('div', { class: 'progress-body' },
      valuesOf(indicator).length ? yearsTable(indicator, headingId) : h('p', { class: 'muted' }, 'Chưa có kết quả năm nào cho chỉ tiêu này.'),
      indicatorChart(indicator, startYear, endYear)));
}

/** Counts of each assessment in each indicator's latest year. */
export function latestCounts(progress) {
  const counts = Object.fromEntries(assessmentOrder.map((key) => [key, 0]));
  for (const indicator of progress.indicators ?? []) {
    const latest = latestValue(indicator);
    if (latest && latest.assessment in counts) counts[latest.assessment] += 1;
  }
  return counts;
}

/** The progress as one plain table (a row per indicator and year), for export. */
export function progressExportTable(progress, communeName) {
  const rows = [];
  for (const indicator of progress.indicators ?? []) {
    const head = [indicatorName(indicator), indicator.unit ?? '', directionLabel[indicator.direction] ?? '', indicator.baseline ?? null, indicator.target ?? null];
    const values = valuesOf(indicator);
    if (!values.length) rows.push([...head, null, null, '', null, '', null, null, '']);
    for (const value of values) {
      rows.push([...head, Number(value.period), typeof value.value === 'number' ? value.value : value.valueText ?? null, value.estimate ? 'Có' : 'Không',
        value.plan ?? null, value.planStatus ? targetStatusText(value.planStatus) : '',
        sharePercent(value.share), sharePercent(value.expectedShare), assessmentLabel[value.assessment] ?? '']);
    }
  }
  return {
    name: `Tiến độ ${progress.term ?? ''}`,
    unit: `Xã ${communeName ?? progress.commune ?? ''}`,
    term: progress.term,
    columns: ['Chỉ tiêu', 'Đơn vị', 'Chiều đánh giá', 'Mốc đầu nhiệm kỳ', 'Chỉ tiêu nhiệm kỳ', 'Năm', 'Kết quả', 'Số ước tính',
      'Kế hoạch năm', 'So với kế hoạch năm', 'Đã đi (%)', 'Cần đạt (%)', 'Đánh giá'],
    rows,
  };
}

function countsList(counts, latestPeriod) {
  return h('div', {},
    h('p', {}, `Đánh giá theo năm gần nhất có số liệu của từng chỉ tiêu${latestPeriod ? ` (mới nhất: năm ${latestPeriod})` : ''}:`),
    h('dl', { class: 'counts progress-counts' }, assessmentOrder.map((key) => h('div', { dataset: { assessment: key } },
      h('dt', {}, assessmentLabel[key]), h('dd', {}, number(counts[key]))))));
}

/**
 * The section for <commune> and <term>; <communeName> for the titles. Returns { element, load() };
 * load() fetches and draws (again). A 404 (no targets annex for the term) is said plainly.
 */
export function createProgressSection(api, commune, term, { communeName = '' } = {}) {
  const headingId = uniqueId('progress-heading');
  const filterId = uniqueId('progress-filter');
  const body = h('div', { class: 'progress-section-body', 'aria-busy': 'true' }, h('p', { class: 'loading muted' }, 'Đang tải tiến độ…'));
  // What was loaded, said once in a line (the section itself is far too long to be announced).
  const status = h('p', { class: 'visually-hidden', role: 'status' });
  const element = h('section', { class: 'panel progress-section', 'aria-labelledby': headingId },
    h('h2', { id: headingId }, `Tiến độ thực hiện chỉ tiêu nhiệm kỳ ${term}`), status, body);
  const [startYear, endYear] = String(term).split('-').map(Number);

  function render(progress) {
    const periods = progress.periods ?? [];
    if (!periods.length) {
      status.textContent = '';
      replace(body, h('p', { class: 'muted' }, `Chưa có kết quả năm nào của nhiệm kỳ ${term}. Khi xã gửi biểu kết quả một năm (chọn kỳ báo cáo “Năm …”), tiến độ hiện ở đây.`));
      return;
    }
    status.textContent = `Đã tải tiến độ của ${number((progress.indicators ?? []).length)} chỉ tiêu, các năm ${periods.join(', ')}.`;
    const table = progressExportTable(progress, communeName);
    const fileStem = `tien-do-${String(commune).replace('/', '-')}-${term}`;
    const articles = h('div', { class: 'progress-indicators' }, (progress.indicators ?? []).map((indicator) => indicatorArticle(indicator, startYear, endYear)));
    const shownText = h('p', { class: 'muted small', 'aria-live': 'polite' });
    const filter = h('select', {
      id: filterId,
      onchange: () => {
        let shown = 0;
        for (const article of articles.children) {
          const latest = article.dataset.latest;
          const show = filter.value === 'all' || (filter.value === 'late' ? latest === 'behind' || latest === 'farBehind' : latest === filter.value);
          article.hidden = !show;
          if (show) shown += 1;
        }
        shownText.textContent = `Đang hiện ${shown} trên ${articles.children.length} chỉ tiêu.`;
      },
    }, [h('option', { value: 'all' }, 'Tất cả chỉ tiêu'), h('option', { value: 'late' }, 'Chậm hoặc rất chậm'),
      ...assessmentOrder.map((key) => h('option', { value: key }, assessmentLabel[key]))]);
    replace(body,
      h('p', {}, `Các năm đã có kết quả: ${periods.join(', ')}. “Đã đi”: phần đường từ mốc đầu nhiệm kỳ đến chỉ tiêu đã đi được; “Cần đạt”: phần đường cần đi được đến năm đó nếu tiến đều từ mốc đến chỉ tiêu năm ${endYear}. “(ước)”: số ước thực hiện.`),
      countsList(latestCounts(progress), periods.at(-1)),
      h('div', { class: 'actions' },
        h('button', { type: 'button', class: 'secondary', onclick: () => downloadXlsx([table], `${fileStem}.xlsx`) }, 'Tải tiến độ Excel (.xlsx)'),
        h('button', { type: 'button', class: 'secondary', onclick: () => downloadCsv(table, `${fileStem}.csv`) }, 'Tải tiến độ CSV (.csv)')),
      h('div', { class: 'field-row' }, h('div', { class: 'field' }, h('label', { for: filterId }, 'Hiển thị chỉ tiêu (theo năm gần nhất)'), filter)),
      shownText,
      articles);
  }

  async function load() {
    body.setAttribute('aria-busy', 'true');
    try {
      const progress = await api.get(`/api/communes/${communePath(commune)}/progress?term=${encodeURIComponent(term)}`);
      if (element.isConnected) render(progress); // a page already left draws no charts
    } catch (error) {
      if (error.status === 404) replace(body, h('p', { class: 'muted progress-missing' }, `Xã chưa có biểu chỉ tiêu cả nhiệm kỳ ${term} nên chưa theo dõi được tiến độ thực hiện. Khi xã gửi biểu chỉ tiêu nhiệm kỳ, kết quả từng năm sẽ được so với biểu đó.`));
      else replace(body, errorBox(error, load));
    } finally {
      body.setAttribute('aria-busy', 'false');
    }
  }

  return { element, load };
}
