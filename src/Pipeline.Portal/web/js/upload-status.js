// The live status of one upload: received → parsed → scored, or rejected with the clerk-facing
// message and what to do next. Announced through an aria-live region.
import { h, replace } from './dom.js';
import { periodText, uploadStatusLabel } from './labels.js';

const Steps = ['received', 'parsed', 'scored'];
export const FinalStatuses = ['scored', 'rejected', 'failed', 'held', 'cancelled'];

/**
 * A Word or PDF report: its annexes went on to other communes or terms (`parts`), or its text was checked (`report`).
 * Such an upload is not said to be the commune's current annex unless it is.
 */
export function isReport(upload) {
  return Boolean(upload?.parts?.length || upload?.report);
}

/** An upload counted for a year or the mid-term review, not the whole term. */
function yearly(upload) {
  return Boolean(upload.period) && upload.period !== 'term' && Boolean(periodText(upload.period));
}

function warningsList(upload) {
  return upload.warnings?.length ? h('ul', {}, upload.warnings.map((text) => h('li', {}, text))) : null;
}

/**
 * <decide>(upload, 'confirm' | 'cancel') is called when the clerk answers a held upload's question,
 * and returns the upload as it then stands (shown in its place).
 */
export function createUploadStatus(decide) {
  const steps = h('ol', { class: 'steps', 'aria-label': 'Các bước xử lý' });
  const message = h('p', { class: 'status-message' });
  const advice = h('div', { class: 'status-advice' });
  // tabindex -1: after "Gửi biểu" or a decision the keyboard is moved here, to the outcome.
  const element = h('div', { class: 'upload-status', role: 'status', 'aria-live': 'polite', tabindex: '-1', hidden: true }, steps, message, advice);
  const lockedAdvice = () => h('p', { class: 'locked-advice' }, 'Biểu của xã cho nhiệm kỳ này đã được tỉnh xác nhận và khóa. Muốn nộp biểu mới, hãy đề nghị cán bộ tỉnh mở lại biểu trước; “Kiểm tra trước” vẫn dùng được.');

  function renderSteps(status) {
    const reached = Steps.indexOf(status === 'rejected' || status === 'failed' ? 'received' : status === 'held' || status === 'cancelled' ? 'scored' : status);
    replace(steps, Steps.map((step, index) => {
      const state = index < reached || status === 'scored' || status === 'held' ? 'done' : index === reached ? 'current' : 'todo';
      return h('li', { class: `step step-${state}`, 'aria-current': state === 'current' ? 'step' : null },
        uploadStatusLabel[step], h('span', { class: 'visually-hidden' }, state === 'done' ? ' (xong)' : state === 'current' ? ' (đang ở bước này)' : ' (chưa tới)'));
    }));
  }

  return {
    element,
    focus() {
      if (!element.hidden) element.focus();
    },
    clear() {
      element.hidden = true;
      replace(steps);
      replace(message);
      replace(advice);
    },
    /**
     * Shows an upload record ({status, error, fileName, parts, report}). For a report (isReport): <parts>, the list
     * of the annexes it sent on (report-parts.js), and <current>, whether the report itself is now the chosen
     * commune's current annex (true, false, or undefined while not yet known) — a report carrying none of the
     * chosen commune's annexes must not be said to be its current annex.
     */
    show(upload, { parts = null, current } = {}) {
      element.hidden = false;
      element.className = `upload-status status-${upload.status}`;
      renderSteps(upload.status);
      const label = uploadStatusLabel[upload.status] ?? upload.status;
      switch (upload.status) {
        case 'rejected':
          replace(message, h('strong', {}, `${label}: `), upload.error?.message ?? 'Hệ thống không đọc được tệp này.');
          // Refused because the province confirmed the annex meanwhile: nothing in the file to fix.
          replace(advice, upload.error?.code === 'annex-confirmed' ? lockedAdvice()
            : h('p', {}, 'Cách xử lý: sửa tệp theo hướng dẫn trên rồi gửi lại. Dùng nút “Kiểm tra trước” để xem hệ thống đọc tệp thế nào trước khi gửi.'));
          break;
        case 'failed':
          replace(message, h('strong', {}, `${label}: `), upload.error?.message ?? 'Hệ thống gặp sự cố khi chấm điểm biểu này.');
          replace(advice, h('p', {}, 'Cách xử lý: thử gửi lại sau ít phút; nếu vẫn lỗi, báo cho cán bộ tỉnh kèm tên tệp.'));
          break;
        case 'scored':
          // Said the same for a results annex and a targets-only plan, which is read but has nothing to score.
          // A year's (or the mid-term review's) results never replace the whole term's annex: they go to the progress.
          if (isReport(upload)) {
            replace(message, h('strong', {}, 'Đã xử lý xong.'), ` Báo cáo “${upload.fileName ?? ''}” đã được đọc.`,
              current === true ? ' Các biểu của xã đã chọn trong báo cáo nay là biểu hiện hành của xã; xem bảng bên dưới.'
                : current === false ? ' Báo cáo không có biểu của xã và nhiệm kỳ đã chọn nên biểu hiện hành của xã giữ nguyên.' : '',
              upload.report ? ' Chỗ lời báo cáo khác với biểu: xem mục “Báo cáo và biểu” bên dưới.' : '',
              upload.parts?.length ? ' Các biểu kèm theo báo cáo:' : '');
            replace(advice, parts, upload.warnings?.length
              ? h('div', { class: 'upload-warnings' }, h('strong', {}, upload.confirmedBy ? `Đã xác nhận (${upload.confirmedBy}):` : 'Lưu ý:'), warningsList(upload))
              : null);
            break;
          }
          replace(message, h('strong', {}, 'Đã xử lý xong.'), yearly(upload)
            ? ` Tệp “${upload.fileName ?? ''}” đã được đọc và nay là biểu ${periodText(upload.period).toLowerCase()} hiện hành của xã; biểu cả nhiệm kỳ giữ nguyên. Xem tiến độ ở mục “Tiến độ thực hiện chỉ tiêu nhiệm kỳ” bên dưới.`
            : ` Tệp “${upload.fileName ?? ''}” đã được đọc và nay là biểu hiện hành của xã; xem bảng bên dưới.`);
          // The titles name another commune or term than the one chosen: said plainly, not blocking.
          replace(advice, upload.warnings?.length
            ? h('div', { class: 'upload-warnings' }, h('strong', {}, upload.confirmedBy ? `Đã xác nhận (${upload.confirmedBy}):` : 'Lưu ý:'), warningsList(upload))
            : null);
          break;
        case 'held': {
          // Read and scored, not current: the titles name another commune or term than the one chosen.
          // A report's confirmation refused because annexes in it name other communes: it stays held, the refusal says which
          // and what to do, and cancelling is what is left (docs/api.md, "Held reports").
          const refusal = h('p', { class: 'confirm-refused', hidden: true });
          const answer = (decision) => async () => {
            for (const button of advice.querySelectorAll('button')) button.disabled = true;
            try {
              this.show(await decide(upload, decision));
            } catch (error) {
              if (decision !== 'confirm' || error.code !== 'annex-of-another-commune') this.showError(error);
              else {
                refusal.hidden = false;
                replace(refusal, h('strong', {}, 'Không xác nhận được: '), error.message);
                advice.querySelector('button.primary')?.remove();
                for (const button of advice.querySelectorAll('button')) button.disabled = false;
              }
            }
            element.focus(); // the buttons are gone: the keyboard goes to the outcome
          };
          replace(message, h('strong', {}, `${label}: `),
            `tệp “${upload.fileName ?? ''}” đã được đọc và chấm nhưng CHƯA thay biểu hiện hành, vì tiêu đề của biểu không khớp với xã, nhiệm kỳ đã chọn:`);
          replace(advice, h('div', { class: 'upload-warnings' }, warningsList(upload)),
            parts ? [h('p', {}, 'Các biểu khác trong báo cáo đã được chuyển về đúng xã:'), parts] : null,
            h('p', {}, 'Nếu đúng là biểu của xã và nhiệm kỳ đã chọn, bấm “Xác nhận”. Nếu nhầm, bấm “Hủy lần nộp này” rồi nộp lại đúng xã, đúng nhiệm kỳ.'),
            refusal,
            h('div', { class: 'actions' },
              h('button', { type: 'button', class: 'primary', onclick: answer('confirm') }, 'Xác nhận: dùng biểu này'),
              h('button', { type: 'button', class: 'secondary', onclick: answer('cancel') }, 'Hủy lần nộp này')));
          break;
        }
        case 'cancelled':
          replace(message, h('strong', {}, `${label}.`), ` Tệp “${upload.fileName ?? ''}” không được dùng; biểu hiện hành của xã giữ nguyên.`);
          replace(advice, warningsList(upload));
          break;
        default:
          replace(message, `${label}… Tệp “${upload.fileName ?? ''}” đang được xử lý, thường mất vài giây.`);
          replace(advice);
      }
    },
    /** A refusal before the upload got a record (bad commune or term, too large, no access). */
    showError(error) {
      element.hidden = false;
      element.className = 'upload-status status-rejected';
      replace(steps);
      replace(message, h('strong', {}, error.code === 'annex-confirmed' ? 'Không gửi được — biểu đã được tỉnh xác nhận: ' : 'Không gửi được: '), error.message);
      replace(advice, error.code === 'annex-confirmed' ? lockedAdvice()
        : error.errors?.length ? h('ul', {}, error.errors.map((text) => h('li', {}, text))) : null);
    },
  };
}
