// Exceeded / met / not met per commune, as computed by the system: a stacked bar chart (chart.js).
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js';
import { h } from './dom.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

// Colours with AA contrast against white, told apart by lightness as well as hue.
const Series = [
  { key: 'exceeded', label: 'Vượt', color: '#1f6f3a' },
  { key: 'met', label: 'Đạt', color: '#3b82c4' },
  { key: 'notMet', label: 'Không đạt', color: '#b42318' },
];

/** Returns the chart's figure; call destroy() before dropping it. */
export function createCommuneChart(communes) {
  const scored = communes.filter((commune) => commune.status === 'scored' && commune.counts?.computed);
  const canvas = h('canvas', {
    role: 'img',
    'aria-label': `Biểu đồ số chỉ tiêu vượt, đạt và không đạt của ${scored.length} xã đã nộp; số liệu chi tiết có ở bảng bên dưới.`,
  });
  const box = h('div', { class: 'chart-box' }, canvas);
  // Through the CSSOM, not a style attribute, which the page's Content-Security-Policy refuses.
  box.style.height = `${Math.max(180, 48 * scored.length + 90)}px`;
  const figure = h('figure', { class: 'chart' },
    box,
    h('figcaption', {}, 'Số chỉ tiêu vượt, đạt và không đạt của từng xã (hệ thống tự tính)'));
  const chart = new Chart(canvas, {
    type: 'bar',
    data: {
      labels: scored.map((commune) => commune.name),
      datasets: Series.map((series) => ({
        label: series.label,
        data: scored.map((commune) => commune.counts.computed[series.key] ?? 0),
        backgroundColor: series.color,
      })),
    },
    options: {
      indexAxis: 'y',
      maintainAspectRatio: false,
      animation: false,
      responsive: true,
      scales: { x: { stacked: true, beginAtZero: true, ticks: { precision: 0 } }, y: { stacked: true } },
      plugins: { legend: { position: 'bottom' } },
    },
  });
  return { element: figure, destroy: () => chart.destroy() };
}
