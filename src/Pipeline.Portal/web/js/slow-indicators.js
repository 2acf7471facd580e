// "Chỉ tiêu nhiều xã đang chậm": the indicators most communes of the province are behind or far
// behind on, each indicator in the latest year each commune reported it. Computed here from each
// commune's progress (GET /api/communes/{p}/{c}/progress?term=), fetched only for the communes the
// province summary gives progress counts, a few at a time.
import { communePath } from './api.js';
import { h, replace } from './dom.js';
import { number, searchKey } from './format.js';
import { latestValue } from './progress-view.js';

const AtOnce = 3;
const Shown = 10;

/** The indicator's key across communes: its catalogue code (and part), else its folded name. */
function keyOf(indicator) {
  return `${indicator.indicatorCode ?? searchKey(indicator.name)}#${indicator.part ?? ''}`;
}

/** [{ name, unit, behind: [commune name], farBehind: [commune name] }], most communes first. */
export function slowIndicators(progresses) {
  const byKey = new Map();
  for (const { name: communeName, progress } of progresses) {
    for (const indicator of progress.indicators ?? []) {
      const assessment = latestValue(indicator)?.assessment;
      if (assessment !== 'behind' && assessment !== 'farBehind') continue;
      const key = keyOf(indicator);
      if (!byKey.has(key)) {
        byKey.set(key, { name: indicator.part ? `${indicator.name ?? ''} (phần ${indicator.part})` : indicator.name ?? '', unit: indicator.unit ?? '', behind: [], farBehind: [] });
      }
      byKey.get(key)[assessment].push(communeName);
    }
  }
  const collator = new Intl.Collator('vi');
  return [...byKey.values()].sort((a, b) =>
    (b.behind.length + b.farBehind.length) - (a.behind.length + a.farBehind.length)
    || b.farBehind.length - a.farBehind.length
    || collator.compare(a.name, b.name));
}

/** The panel for <rollup> (its term and communes); loads at once. Returns the element. */
export function createSlowIndicatorsPanel(api, rollup) {
  const communes = (rollup.communes ?? []).filter((c) => c.progress);
  const status = h('p', { class: 'muted', role: 'status', 'aria-live': 'polite' }, `Đang tải tiến độ của ${communes.length} xã…`);
  const list = h('div', { class: 'slow-indicators-body' });
  const element = h('section', { class: 'panel', 'aria-labelledby': 'slow-heading' },
    h('h2', { id: 'slow-heading' }, 'Chỉ tiêu nhiều xã đang chậm'),
    h('p', { class: 'small muted' }, 'Các chỉ tiêu có nhiều xã chậm hoặc rất chậm so với lộ trình đến chỉ tiêu nhiệm kỳ, xét năm gần nhất mỗi xã báo cáo.'),
    status, list);

  async function load() {
    const loaded = [];
    const failed = [];
    const queue = [...communes];
    // A few requests at a time; stopped when the panel is no longer on the page (another term, a reload).
    const worker = async () => {
      while (queue.length && element.isConnected) {
        const commune = queue.shift();
        try {
          loaded.push({ name: commune.name ?? commune.commune, progress: await api.get(`/api/communes/${communePath(commune.commune)}/progress?term=${encodeURIComponent(rollup.term)}`) });
        } catch {
          failed.push(commune.name ?? commune.commune);
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(AtOnce, communes.length) }, worker));
    const slow = slowIndicators(loaded).slice(0, Shown);
    status.textContent = `Tính từ tiến độ của ${number(loaded.length)} xã.${failed.length ? ` Không tải được tiến độ của: ${failed.join(', ')}.` : ''}`;
    replace(list, slow.length
      ? h('ol', { class: 'slow-indicators' }, slow.map((item) => h('li', {},
        h('strong', {}, item.name), item.unit ? ` (${item.unit})` : '',
        ` — ${number(item.behind.length + item.farBehind.length)} xã: `,
        [item.farBehind.length ? `rất chậm ở ${item.farBehind.join(', ')}` : null, item.behind.length ? `chậm ở ${item.behind.join(', ')}` : null].filter(Boolean).join('; '),
        '.')))
      : h('p', {}, 'Không có chỉ tiêu nào đang chậm.'));
  }

  setTimeout(load, 0); // once the panel is on the page, so that a panel already replaced fetches nothing
  return element;
}
