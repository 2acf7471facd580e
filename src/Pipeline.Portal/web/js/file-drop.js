// A file picker that also takes a dropped file. The native file input stays the control (keyboard
// and screen readers use it as usual) but is drawn as a Vietnamese button: the browser's own
// "Choose File / No file chosen" follows the browser's language, not the page's. The surrounding
// zone only adds drag and drop.
import { h, uniqueId } from './dom.js';
import { megabytes } from './format.js';

// Excel annexes; Word reports, whose annexes are tables at their end; PDF reports, whose text is checked against the
// annexes already sent (docs/api.md, "Reports (Word and PDF)").
const AcceptedFiles = ['.xlsx', '.xls', '.docx', '.pdf',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'application/vnd.ms-excel',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'application/pdf'].join(',');

/** maxBytes: the largest file the API takes, as GET /api/me says (maxUploadBytes); the hint names it. */
export function createFileDrop(onChange, maxBytes) {
  const inputId = uniqueId('annex-file');
  const hintId = uniqueId('annex-file-hint');
  const input = h('input', { id: inputId, type: 'file', name: 'file', accept: AcceptedFiles, 'aria-describedby': hintId });
  const chosen = h('p', { class: 'chosen-file', 'aria-live': 'polite' }, 'Chưa chọn tệp nào.');
  let file = null;

  function choose(next) {
    file = next ?? null;
    chosen.textContent = file ? `Đã chọn: ${file.name} (${Math.ceil(file.size / 1024)} KB)` : 'Chưa chọn tệp nào.';
    onChange(file);
  }

  input.addEventListener('change', () => choose(input.files?.[0]));

  const zone = h('div', { class: 'drop-zone' },
    h('label', { for: inputId, class: 'drop-label' }, 'Chọn tệp biểu chỉ tiêu',
      // Part of the label, so a click opens the picker; hidden from the accessible name, which the title already gives.
      h('span', { class: 'file-button', 'aria-hidden': 'true' }, 'Chọn tệp trên máy…')),
    h('p', { id: hintId, class: 'muted' }, `Chọn tệp Excel (.xlsx, .xls) hoặc báo cáo Word (.docx) có biểu kèm theo, tối đa ${megabytes(maxBytes)} MB; báo cáo PDF (.pdf) chỉ được đối chiếu phần lời với biểu xã đã nộp. Có thể kéo thả tệp vào khung này.`),
    input,
    chosen);

  zone.addEventListener('dragover', (event) => {
    event.preventDefault();
    zone.classList.add('drag-over');
  });
  zone.addEventListener('dragleave', () => zone.classList.remove('drag-over'));
  zone.addEventListener('drop', (event) => {
    event.preventDefault();
    zone.classList.remove('drag-over');
    const dropped = event.dataTransfer?.files?.[0];
    if (dropped) choose(dropped);
  });

  return { element: zone, file: () => file, focus: () => input.focus() };
}
