// The review state of a commune's annex (ReviewLine) as a badge, with its timeliness beside it:
// the same words on the province's table, the drill-down, the merged cards and the clerk's page.
import { h } from './dom.js';
import { reviewStateLabel, timelinessLabel } from './labels.js';

/** A badge "Chờ duyệt" / "Đã trả lại" / "Đã xác nhận" / "Chưa nộp", then "đúng hạn" or "trễ hạn" when known. */
export function reviewBadge(review) {
  const state = review?.state ?? 'notSubmitted';
  return h('span', { class: 'review-status' },
    h('span', { class: `badge review-${state}` }, reviewStateLabel[state] ?? reviewStateLabel.notSubmitted),
    review?.timeliness ? h('span', { class: `badge timeliness-${review.timeliness}` }, timelinessLabel[review.timeliness] ?? '') : null);
}
