// Numbers and dates the Vietnamese way: comma decimal mark, dot thousands.
const numberFormat = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });
// One way for every date on every screen: "29/11/2026", "29/11/2026 14:05" (dd/mm/yyyy, as offices write it).
const dateFormat = new Intl.DateTimeFormat('vi-VN', { day: '2-digit', month: '2-digit', year: 'numeric' });
const timeFormat = new Intl.DateTimeFormat('vi-VN', { hour: '2-digit', minute: '2-digit', hour12: false });

export function number(value) {
  return typeof value === 'number' && Number.isFinite(value) ? numberFormat.format(value) : '—';
}

/** "62,07 %" — the space before the sign does not break, so "100" and "%" stay on one line on phones. */
export function percent(value) {
  return typeof value === 'number' && Number.isFinite(value) ? `${numberFormat.format(value)}\u00a0%` : '—';
}

/**
 * A cell's figure as the commune typed it, unless it is a bare number: "05" and "1.250" are shown as
 * numbers ("5", "1.250") like every other figure; "35 đảng viên và 100%" stays as written.
 */
export function figureText(text, values) {
  const bare = typeof text === 'string' && /^\s*\d[\d.,]*\s*$/.test(text);
  if (bare && Array.isArray(values) && values.length === 1) return number(values[0]);
  return text || numbers(values);
}

/** A list of numbers from a composite cell (e.g. 100-60), as the annex writes it. */
export function numbers(values) {
  return Array.isArray(values) && values.length > 0 ? values.map(number).join(' – ') : '—';
}

export function dateTime(value) {
  if (!value) return '—';
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? String(value) : `${dateFormat.format(date)} ${timeFormat.format(date)}`;
}

export function date(value) {
  if (!value) return '—';
  const parsed = new Date(value);
  return Number.isNaN(parsed.getTime()) ? String(value) : dateFormat.format(parsed);
}

/** A size in megabytes the way the API words its limits: 5242880 → "5", 5347738 → "5,1". */
export function megabytes(bytes) {
  return new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 }).format(bytes / (1024 * 1024));
}

/** The commune slug of "son-la/pu-bau". */
export function communeSlug(communeId) {
  return String(communeId ?? '').split('/')[1] ?? '';
}

/**
 * A search key: lower case, without diacritics, đ as d, single-spaced — so "pu bau", "Pu Bau" and
 * "Pú Bẩu" find the same commune, as typing without a Vietnamese keyboard needs.
 */
export function searchKey(text) {
  return String(text ?? '').normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd')
    .toLowerCase().replace(/\s+/g, ' ').trim();
}
