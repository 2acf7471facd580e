// The indicators scored on an assumed direction in the province's current annexes
// (GET /api/provinces/{province}/assumed-directions) and the officer's confirmation of each: the
// chosen direction is added to the province's catalogue extension (GET, then PUT the whole
// document back on /api/provinces/{province}/catalogue), used from the next annex scored.
import { h, replace } from './dom.js';
import { directionLabel } from './labels.js';

/** "province-ty-le-ho-dung-nuoc-sach": the catalogue code for an indicator the province confirms. */
export function provinceIndicatorCode(text) {
  const slug = String(text ?? '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/g, '');
  return `province-${slug || 'chi-tieu'}`;
}

/** The extension with the indicator confirmed (replacing an entry of the same code): a new document. */
export function withConfirmedIndicator(extension, item, direction) {
  const entry = {
    code: provinceIndicatorCode(item.indicator),
    name: item.indicator,
    unit: item.unit ?? '',
    direction,
    additive: false,
    aliases: [item.indicator],
    patterns: [{ all: [item.indicator] }],
    source: 'province confirmed an assumed direction (portal)',
  };
  const indicators = (extension?.indicators ?? []).filter((i) => i?.code !== entry.code);
  return { ...extension, indicators: [...indicators, entry], directionRules: extension?.directionRules ?? [] };
}

function occurrencesText(item) {
  const byCommune = new Map();
  for (const o of item.occurrences ?? []) {
    const rows = byCommune.get(o.commune) ?? { name: o.communeName || o.commune, rows: [] };
    rows.rows.push(o.row);
    byCommune.set(o.commune, rows);
  }
  return [...byCommune.values()].map((c) => `${c.name} (dòng ${c.rows.join(', ')})`).join('; ');
}

export function createAssumedDirectionsPanel(api, province, term) {
  const list = h('div', { class: 'assumed-list', 'aria-busy': 'true' });
  const base = `/api/provinces/${encodeURIComponent(province)}`;

  function itemView(item) {
    const live = h('p', { class: 'small', role: 'status', 'aria-live': 'polite' });
    const buttons = ['higher', 'lower'].map((direction) =>
      h('button', { type: 'button', class: 'secondary', dataset: { direction }, onclick: () => confirm(direction) },
        direction === 'higher' ? 'Xác nhận: cao hơn là tốt' : 'Xác nhận: thấp hơn là tốt'));

    async function confirm(direction) {
      for (const b of buttons) b.disabled = true;
      replace(live, 'Đang lưu vào danh mục chỉ tiêu của tỉnh…');
      try {
        const extension = await api.get(`${base}/catalogue`);
        if (!extension || typeof extension !== 'object') throw new Error('Không đọc được danh mục chỉ tiêu hiện có của tỉnh, chưa lưu gì.');
        await api.putJson(`${base}/catalogue`, withConfirmedIndicator(extension, item, direction));
        replace(live, h('strong', {}, `Đã lưu: ${direction === 'higher' ? 'cao hơn là tốt' : 'thấp hơn là tốt'}. `),
          'Áp dụng từ lần chấm biểu tiếp theo.');
      } catch (error) {
        replace(live, h('span', { class: 'error-text' }, error.message));
        for (const b of buttons) b.disabled = false;
      }
    }

    return h('li', { class: 'assumed-item' },
      h('strong', {}, item.indicator),
      item.unit ? ` (${item.unit})` : '',
      ` — đang chấm theo chiều ${directionLabel[item.direction] ?? item.direction}`,
      (item.directionReason ?? '').startsWith("commune's arithmetic:") ? ', theo số liệu xã tự tính' : ', theo mặc định',
      h('br'),
      h('span', { class: 'muted small' }, `Gặp ở ${item.communes?.length ?? 0} xã: ${occurrencesText(item)}.`),
      h('div', { class: 'actions' }, buttons),
      live);
  }

  async function load() {
    list.setAttribute('aria-busy', 'true');
    try {
      const answer = await api.get(`${base}/assumed-directions?term=${encodeURIComponent(term)}`);
      const items = answer?.indicators ?? [];
      replace(list, items.length
        ? h('ul', { class: 'assumed-directions' }, items.map(itemView))
        : h('p', { class: 'muted' }, 'Không có chỉ tiêu nào chấm theo chiều giả định trong nhiệm kỳ này.'));
    } catch (error) {
      replace(list, h('p', { class: 'error-text' }, error.message));
    } finally {
      list.setAttribute('aria-busy', 'false');
    }
  }

  load();
  return h('section', { class: 'panel', 'aria-labelledby': 'assumed-heading' },
    h('h2', { id: 'assumed-heading' }, 'Chỉ tiêu chấm theo chiều giả định'),
    h('p', { class: 'muted' }, 'Hệ thống chưa biết chiều đánh giá của các chỉ tiêu này nên đã tự giả định. Xác nhận chiều đúng để thêm vào danh mục chỉ tiêu của tỉnh.'),
    list);
}
