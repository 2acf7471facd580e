// Vietnamese words for the API's English tokens.

export const targetStatusLabel = {
  exceeded: 'Vượt',
  met: 'Đạt',
  notMet: 'Không đạt',
};

export function targetStatusText(status) {
  return targetStatusLabel[status] ?? 'Chưa chấm được';
}

export const uploadStatusLabel = {
  received: 'Đã nhận tệp',
  parsed: 'Đã đọc biểu',
  scored: 'Đã chấm điểm',
  rejected: 'Bị từ chối',
  failed: 'Lỗi hệ thống',
  held: 'Cần xác nhận',
  cancelled: 'Đã hủy',
};

export const severityLabel = {
  error: 'Lỗi',
  warning: 'Cảnh báo',
  info: 'Lưu ý',
};

export const annexKindLabel = {
  results: 'Kết quả thực hiện',
  'targets-only': 'Chỉ tiêu nhiệm kỳ mới',
};

export const runStatusLabel = {
  running: 'Đang chạy',
  succeeded: 'Hoàn tất',
  failed: 'Thất bại',
};

export const runTriggerLabel = {
  schedule: 'theo lịch hằng đêm',
  request: 'theo yêu cầu',
  units: 'sau khi đổi đơn vị hành chính',
};

/** Legacy Vietnamese encodings (AnnexReport.textConversions[].encoding), as clerks know them. */
export const legacyEncodingLabel = {
  tcvn3: 'mã TCVN3 (ABC)',
  vni: 'mã VNI-Windows',
};

/** "Đã chuyển 57 ô chữ từ mã TCVN3 (ABC) sang Unicode." for one text conversion. */
export function textConversionText(conversion) {
  const encoding = legacyEncodingLabel[conversion.encoding] ?? `mã ${conversion.encoding}`;
  return `Đã chuyển ${conversion.cells} ô chữ từ ${encoding} sang Unicode.`;
}

/**
 * "3 chỉ tiêu định tính, xã tự đánh giá: 2 đạt, 1 không đạt" for CountsReport.qualitative, as
 * QualitativeCounts.Vietnamese() in Pipeline.Core phrases it; empty when there are none.
 */
export function qualitativeCountsText(qualitative) {
  const total = qualitative?.total ?? 0;
  if (total === 0) return '';
  if ((qualitative.unstated ?? 0) === total) return `${total} chỉ tiêu định tính, xã chưa tự đánh giá`;
  const verdicts = [[qualitative.exceeded, 'vượt'], [qualitative.met, 'đạt'], [qualitative.notMet, 'không đạt'], [qualitative.unstated, 'chưa tự đánh giá']]
    .filter(([count]) => (count ?? 0) > 0)
    .map(([count, word]) => `${count} ${word}`);
  return `${total} chỉ tiêu định tính, xã tự đánh giá: ${verdicts.join(', ')}`;
}

/** The group rows of an annex (TargetReport.group), as annexes name them. */
export const groupLabel = {
  economy: 'Kinh tế',
  society: 'Văn hóa – xã hội, quốc phòng – an ninh',
  environment: 'Môi trường',
  party: 'Xây dựng Đảng và hệ thống chính trị',
};

/**
 * What the clerk should change for a finding (FindingReport.code) on a scored target: the value
 * the figures give, or how to write the cell. Empty for a code without advice.
 */
export function fixAdvice(code, target, formatPercent) {
  switch (code) {
    case 'reported-percent-mismatch':
      return `Sửa tỷ lệ thành ${formatPercent(target.ratio)}, hoặc sửa chỉ tiêu, kết quả nếu ghi nhầm.`;
    case 'reported-status-mismatch':
      return `Sửa đánh giá thành “${targetStatusText(target.status)}”, hoặc sửa số liệu nếu ghi nhầm.`;
    case 'unparseable-value':
      return 'Ghi số liệu bằng con số (ví dụ 95 hoặc 95%); chỉ tiêu có nhiều phần thì ghi đủ các phần ở cả hai ô.';
    case 'bound-contradicts-catalogue':
      return 'Xem lại cách ghi: “trên”, “tối thiểu” là mức sàn (càng cao càng tốt); “dưới”, “tối đa” là mức trần (càng thấp càng tốt).';
    default:
      return '';
  }
}

export const directionLabel = {
  higher: 'càng cao càng tốt',
  lower: 'càng thấp càng tốt',
};

/**
 * "Chiều đánh giá do hệ thống giả định: càng thấp càng tốt, theo số liệu xã tự tính" for a
 * TargetReport whose directionAssumed is true; empty otherwise, and for a qualitative target, whose
 * verdict is the commune's own and so rests on no direction. The reason follows the prefix of
 * directionReason: "commune's arithmetic:" (the commune's own percent or verdict) or "default:"
 * (docs/reading-and-scoring.md, "Scoring").
 */
export function assumedDirectionText(target) {
  if (!target?.directionAssumed || target.qualitative) return '';
  const why = (target.directionReason ?? '').startsWith("commune's arithmetic:")
    ? `${directionLabel[target.direction] ?? target.direction}, theo số liệu xã tự tính`
    : 'mặc định cao hơn là tốt hơn';
  return `Chiều đánh giá do hệ thống giả định: ${why}`;
}

/** Terms a clerk reports on: the one that ended with the 2025 mergers and the new one. */
export const terms = ['2020-2025', '2025-2030', '2015-2020'];

/** A commune's annex in the province's review (ReviewLine.state), as the province and the clerk say it. */
export const reviewStateLabel = {
  notSubmitted: 'Chưa nộp',
  submitted: 'Chờ duyệt',
  returned: 'Đã trả lại',
  confirmed: 'Đã xác nhận',
};

/** ReviewLine.timeliness against the term's deadline. */
export const timelinessLabel = {
  onTime: 'đúng hạn',
  late: 'trễ hạn',
};

/** What happened, in the history of a commune's annex for a term (history[].action). */
export const reviewActionLabel = {
  upload: 'Nộp biểu',
  confirm: 'Xác nhận',
  return: 'Trả lại',
  reopen: 'Mở lại',
};

/** "Chờ duyệt", "Đã xác nhận · đúng hạn" for a ReviewLine. */
export function reviewText(review) {
  const state = reviewStateLabel[review?.state] ?? reviewStateLabel.notSubmitted;
  const timeliness = timelinessLabel[review?.timeliness];
  return timeliness ? `${state} · ${timeliness}` : state;
}

/**
 * "Biểu 02" for a sheet named "Biểu 02" or "02": "Biểu" is said once, whichever way the sheet is named; a Word
 * report's table named "Bảng 2" keeps its own name.
 */
export function annexName(sheet) {
  const name = String(sheet ?? '').trim();
  return /^(bi[eể]u|b[aả]ng)(\s|$)/iu.test(name) ? name : `Biểu ${name}`.trim();
}

/** A year's assessment toward the term's target (progress values[].assessment, docs/progress.md). */
export const assessmentLabel = {
  reached: 'Đã đạt',
  onTrack: 'Đúng tiến độ',
  behind: 'Chậm',
  farBehind: 'Rất chậm',
  noBaseline: 'Chưa có mốc',
};

/** The assessments in the order the portal lists them, best first. */
export const assessmentOrder = ['reached', 'onTrack', 'behind', 'farBehind', 'noBaseline'];

/** An upload's period (`2026`, `mid-term`, `term`) as clerks say it: "Năm 2026", "Sơ kết giữa nhiệm kỳ", "Cả nhiệm kỳ"; empty when none. */
export function periodText(period) {
  if (period === null || period === undefined || period === '') return '';
  if (period === 'term') return 'Cả nhiệm kỳ';
  if (period === 'mid-term') return 'Sơ kết giữa nhiệm kỳ';
  return /^\d{4}$/.test(String(period)) ? `Năm ${period}` : '';
}

/** The years a term reports on after its first (the baseline year): 2026 … 2030 of "2025-2030". */
export function termYears(term) {
  const [start, end] = String(term ?? '').split('-').map(Number);
  if (!Number.isInteger(start) || !Number.isInteger(end) || end <= start) return [];
  return Array.from({ length: end - start }, (_, index) => start + 1 + index);
}
