// The annexes a Word report held for other communes or terms than the one it was sent for (its
// "parts", GET /api/annexes/{id} `parts`): each became an upload of its own, sent on to its commune
// and term. Listed with each one's own status, followed until final, and a way to its result.
import { h, replace } from './dom.js';
import { uploadStatusLabel } from './labels.js';
import { FinalStatuses } from './upload-status.js';

const PollIntervalMs = 700;
const PollTimeoutMs = 180_000;

function statusBadge(upload) {
  return h('span', { class: `badge upload-badge-${upload.status}` }, uploadStatusLabel[upload.status] ?? 'Đang xử lý');
}

/**
 * The parts as a list. <getUpload>(uploadId) answers a part's status; <nameOf>(communeId) its commune's
 * name; <onView>(part), when given and <canView>(part) allows, shows that commune's result for that term.
 * Each part is polled until final, or until its line leaves the page.
 */
export function reportPartsList(parts, { getUpload, nameOf, canView = () => false, onView = null }) {
  const items = parts.map((part) => {
    const state = h('span', { class: 'part-status' }, h('span', { class: 'muted' }, 'Đang xử lý…'));
    const action = h('span', { class: 'part-action' });
    const name = nameOf(part.commune);
    const item = h('li', { class: 'report-part', dataset: { commune: part.commune, term: part.term, upload: part.uploadId } },
      `Biểu của xã ${name}, nhiệm kỳ ${part.term} — đã chuyển về đúng xã. `, state, action);

    function show(upload) {
      replace(state, statusBadge(upload),
        upload.status === 'rejected' || upload.status === 'failed' ? ` ${upload.error?.message ?? ''}` : null,
        // Held: the titles do not match; settled from that commune's list of uploads, as any held upload is.
        upload.status === 'held' ? ` Chọn xã ${name}, nhiệm kỳ ${part.term} ở trên để xác nhận hoặc hủy trong mục “Các lần nộp trước”.` : null);
      replace(action, (upload.status === 'scored' || upload.status === 'held') && onView && canView(part)
        ? h('button', { type: 'button', class: 'secondary part-view', onclick: () => onView(part) }, `Xem biểu của xã ${name}, nhiệm kỳ ${part.term}`)
        : null);
    }

    (async () => {
      const deadline = Date.now() + PollTimeoutMs;
      for (;;) {
        let upload;
        try {
          upload = await getUpload(part.uploadId);
        } catch (error) {
          replace(state, h('span', { class: 'error-text' }, error.message));
          return;
        }
        // Drawn again meanwhile (a later status of the report, another upload): this line is gone, stop asking.
        if (!item.isConnected) return;
        show(upload);
        if (FinalStatuses.includes(upload.status)) return;
        if (Date.now() > deadline) {
          replace(state, 'Hệ thống xử lý lâu hơn bình thường. Hãy xem lại ở danh sách các lần nộp của xã sau ít phút.');
          return;
        }
        await new Promise((resolve) => setTimeout(resolve, PollIntervalMs));
      }
    })();
    return item;
  });
  return h('ul', { class: 'report-parts' }, items);
}
