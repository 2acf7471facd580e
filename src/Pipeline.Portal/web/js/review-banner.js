// What the province decided on the clerk's current annex, said where the clerk works: a returned
// annex's general comment with who and when (its row comments go to the fix-list), a confirmed
// one locked until the province reopens it.
import { h } from './dom.js';
import { dateTime } from './format.js';
import { reviewBadge } from './review-badge.js';

/** ordinal → the province's comment, for the rows of a returned annex (ReviewLine.lastDecision.rows); empty otherwise. */
export function rowRemarks(review) {
  if (review?.state !== 'returned' || review.lastDecision?.action !== 'return') return new Map();
  return new Map((review.lastDecision.rows ?? []).map((row) => [row.ordinal, row.comment]));
}

/** The banner for a ReviewLine: returned or confirmed say what to do; otherwise a line with the state. */
export function reviewBanner(review) {
  const last = review?.lastDecision;
  if (review?.state === 'returned') {
    return h('div', { class: 'review-banner review-banner-returned', role: 'alert' },
      h('p', {}, h('strong', {}, 'Tỉnh đã trả lại biểu này'), last ? ` (${last.by ?? 'cán bộ tỉnh'}, ${dateTime(last.at)})` : '', '.'),
      last?.comment ? h('p', { class: 'review-comment' }, h('strong', {}, 'Nhận xét: '), last.comment) : null,
      h('p', {}, last?.rows?.length
        ? `Các chỉ tiêu tỉnh nhận xét (${last.rows.length}) có trong danh sách “Cần sửa trong tệp” bên dưới. Sửa tệp rồi gửi lại biểu.`
        : 'Sửa tệp theo nhận xét rồi gửi lại biểu.'));
  }
  if (review?.state === 'confirmed') {
    return h('div', { class: 'review-banner review-banner-confirmed', role: 'status' },
      h('p', {}, h('strong', {}, 'Tỉnh đã xác nhận biểu này'), last ? ` (${last.by ?? 'cán bộ tỉnh'}, ${dateTime(last.at)})` : '', '. Biểu đã khóa.'),
      h('p', {}, 'Muốn nộp biểu mới thay thế, hãy đề nghị cán bộ tỉnh mở lại biểu trước.'));
  }
  return h('p', { class: 'review-line' }, 'Tình trạng duyệt: ', reviewBadge(review));
}
