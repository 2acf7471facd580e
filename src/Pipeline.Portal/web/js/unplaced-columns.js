// The columns of an annex the reader could not place (AnnexReport.unplacedColumns), told to the
// clerk in one line, so a column the system did not read is never dropped without a word.

/**
 * 'Cột F ("Ghi chú khác") không xác định được nội dung nên chưa được đọc.' for one column,
 * 'Các cột F ("…"), H không xác định …' for several (a column without a header by its letter only);
 * null when every column was read.
 */
export function unplacedColumnsText(columns) {
  if (!Array.isArray(columns) || columns.length === 0) return null;
  const named = columns.map((column) => (column.header ? `${column.column} ("${column.header}")` : column.column));
  return `${columns.length === 1 ? 'Cột' : 'Các cột'} ${named.join(', ')} không xác định được nội dung nên chưa được đọc.`;
}
