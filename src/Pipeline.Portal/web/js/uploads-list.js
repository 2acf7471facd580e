// "Các lần nộp": a commune's uploads (GET /api/communes/{p}/{c}/uploads), newest first, the one
// the current annex comes from marked — held uploads, title mismatches and who confirmed them stay
// on each line. The clerk's page and the province's drill-down show the same list.
import { h } from './dom.js';
import { dateTime } from './format.js';
import { periodText, uploadStatusLabel } from './labels.js';

/** " · Năm 2026" for an upload of a year (" · Sơ kết giữa nhiệm kỳ", " · Cả nhiệm kỳ"); a half-year report says it counts for no year. */
function uploadPeriod(upload) {
  if (upload.halfYear) return h('span', { class: 'upload-period' }, ` · Báo cáo 6 tháng năm ${upload.halfYear} (không tính là kết quả năm)`);
  const text = periodText(upload.period);
  return text ? h('span', { class: 'upload-period' }, ` · ${text}`) : null;
}

/**
 * The uploads as a table. <currentUploadId>: the upload the scored annex comes from. <onDecide>(upload,
 * 'confirm' | 'cancel'), when given (the clerk), offers to settle a held upload from its line.
 */
export function uploadsTable(uploads, { currentUploadId = null, onDecide = null, label = 'Các lần nộp trước' } = {}) {
  if (!uploads.length) return h('p', { class: 'muted' }, 'Chưa có lần nộp nào.');
  return h('div', { class: 'table-scroll', role: 'region', 'aria-label': label, tabindex: '0' },
    h('table', { class: 'data responsive history' },
      h('thead', {}, h('tr', {}, ['Thời điểm nhận', 'Tệp', 'Nhiệm kỳ', 'Trạng thái', 'Ghi chú'].map((c) => h('th', { scope: 'col' }, c)))),
      h('tbody', {}, uploads.map((u) => h('tr', { class: `upload-${u.status}`, dataset: { upload: u.uploadId ?? '' } },
        h('td', { dataset: { label: 'Thời điểm nhận' } }, dateTime(u.receivedAt)),
        h('td', { dataset: { label: 'Tệp' } }, u.fileName ?? ''),
        h('td', { dataset: { label: 'Nhiệm kỳ' } }, u.term ?? '', uploadPeriod(u)),
        h('td', { dataset: { label: 'Trạng thái' } }, h('span', { class: `badge upload-badge-${u.status}` }, uploadStatusLabel[u.status] ?? 'Không rõ'),
          u.uploadId === currentUploadId ? h('span', { class: 'badge badge-current' }, ' Biểu hiện hành') : null),
        h('td', { dataset: { label: 'Ghi chú' } }, u.error?.message ?? (u.scoredAt ? `Chấm lúc ${dateTime(u.scoredAt)}.` : ''),
          // A mismatch between the titles and the commune or term chosen stays on the upload for good.
          u.warnings?.length ? h('span', { class: 'history-warnings' }, ` ${u.warnings.join(' ')}`) : null,
          u.confirmedBy ? ` Đã xác nhận bởi ${u.confirmedBy} lúc ${dateTime(u.confirmedAt)}.` : null,
          // A Word report's annexes of other communes or terms went on as uploads of their own.
          u.reportOf ? h('span', { class: 'report-of' }, ' Biểu trong một báo cáo, đã chuyển về đúng xã.') : null,
          u.parts?.length ? h('span', { class: 'report-parts-note' }, ` Báo cáo có ${u.parts.length} biểu của xã hoặc nhiệm kỳ khác, đã chuyển về đúng xã.`) : null,
          // A held upload left unanswered (the page was closed) is settled here as well.
          onDecide && u.status === 'held' ? h('span', { class: 'actions history-decision' },
            h('button', { type: 'button', class: 'secondary', onclick: () => onDecide(u, 'confirm') }, 'Xác nhận: dùng biểu này'),
            h('button', { type: 'button', class: 'secondary', onclick: () => onDecide(u, 'cancel') }, 'Hủy lần nộp này')) : null))))));
}
