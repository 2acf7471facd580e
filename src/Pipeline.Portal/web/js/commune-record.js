// A commune's record for a term on the drill-down: its uploads (held ones, title mismatches, who
// confirmed them) and the history of uploads and the province's decisions. Shown whether or not
// the commune has a scored annex yet: a province officer must see what was sent and refused too.
import { communePath } from './api.js';
import { h, replace } from './dom.js';
import { errorBox } from './error-box.js';
import { loadHistory } from './history-list.js';
import { uploadsTable } from './uploads-list.js';

const UploadsShown = 20;

/**
 * The two panels "Các lần nộp" and "Lịch sử" for <commune> and <term>; <currentUploadId> marks the
 * upload the current annex comes from. Returns { element, reload() }.
 */
export function communeRecord(api, commune, term, currentUploadId = null) {
  const uploadsBody = h('div', { class: 'uploads-body' });
  const historyBody = h('div', { class: 'review-history-body' });
  const element = h('div', { class: 'commune-record' },
    h('section', { class: 'panel', 'aria-labelledby': 'uploads-heading' }, h('h2', { id: 'uploads-heading' }, 'Các lần nộp của xã'), uploadsBody),
    h('section', { class: 'panel', 'aria-labelledby': 'review-history-heading' }, h('h2', { id: 'review-history-heading' }, `Lịch sử nhiệm kỳ ${term}`), historyBody));

  async function reload() {
    replace(uploadsBody, h('p', { class: 'muted' }, 'Đang tải…'));
    let uploads = [];
    try {
      uploads = (await api.get(`/api/communes/${communePath(commune)}/uploads?max=${UploadsShown}`)) ?? [];
      replace(uploadsBody, uploadsTable(uploads, { currentUploadId, label: 'Các lần nộp của xã' }));
    } catch (error) {
      replace(uploadsBody, errorBox(error, reload));
    }
    await loadHistory(historyBody, api, commune, term, uploads);
  }

  reload();
  return { element, reload };
}
