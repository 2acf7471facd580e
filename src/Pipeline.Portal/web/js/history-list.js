// "Lịch sử": every upload and every decision of the province on a commune's annex for a term
// (GET /api/communes/{p}/{c}/history, newest first), with who, when and why — shown alike to the
// clerk and to the province, so both read the same record.
import { communePath } from './api.js';
import { h, replace } from './dom.js';
import { errorBox } from './error-box.js';
import { dateTime } from './format.js';
import { reviewActionLabel } from './labels.js';

/** The comments on rows of a decision ("Chỉ tiêu 23: Đơn vị phải là %."). */
export function rowCommentsList(rows) {
  return rows?.length
    ? h('ul', { class: 'row-comments' }, rows.map((row) => h('li', {}, h('strong', {}, `Chỉ tiêu ${row.ordinal}: `), row.comment ?? '')))
    : null;
}

function eventItem(event, fileNames) {
  const file = event.uploadId ? fileNames.get(event.uploadId) : null;
  return h('li', { class: `history-event history-${event.action}` },
    h('span', { class: 'history-when' }, dateTime(event.at)),
    ' — ',
    h('strong', {}, reviewActionLabel[event.action] ?? 'Thay đổi'),
    event.by ? ` bởi ${event.by}` : '',
    file ? ` (tệp “${file}”)` : '',
    // An upload's comment is why it was refused; a decision's, the officer's reason.
    event.comment ? h('span', { class: 'history-comment' }, `: ${event.comment}`) : '',
    rowCommentsList(event.rows));
}

/**
 * Loads and shows the history into <element> for <commune> and <term>. <uploads> (optional, the
 * commune's uploads list) names each upload by its file.
 */
export async function loadHistory(element, api, commune, term, uploads = []) {
  replace(element, h('p', { class: 'muted' }, 'Đang tải…'));
  try {
    const events = (await api.get(`/api/communes/${communePath(commune)}/history?term=${encodeURIComponent(term)}`)) ?? [];
    const fileNames = new Map((uploads ?? []).map((u) => [u.uploadId, u.fileName]));
    replace(element, events.length
      ? h('ol', { class: 'history-events' }, events.map((event) => eventItem(event, fileNames)))
      : h('p', { class: 'muted' }, `Chưa có lần nộp hay quyết định nào cho nhiệm kỳ ${term}.`));
  } catch (error) {
    replace(element, errorBox(error, () => loadHistory(element, api, commune, term, uploads)));
  }
}
