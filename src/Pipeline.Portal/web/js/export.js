// Exports a table to .xlsx (write-excel-file) or .csv. A table is { name, columns: [header],
// rows: [[cell]] } where a cell is a string, a number or null; numbers stay numbers.
import writeExcelFile from 'write-excel-file/browser';

// OWASP CSV injection: a text cell beginning with one of these is read as a formula by
// spreadsheet programs. Prefixing a single quote makes it plain text. Numbers are left alone.
const FormulaStart = /^[=+\-@\t\r]/;

export function safeText(value) {
  return typeof value === 'string' && FormulaStart.test(value) ? `'${value}` : value;
}

function csvField(value) {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = String(safeText(String(value)));
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** RFC 4180 CSV with a byte-order mark, so Excel reads the Vietnamese letters as UTF-8. */
export function toCsv(table) {
  const lines = [table.columns, ...table.rows].map((row) => row.map(csvField).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

function xlsxCell(value) {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'number') return Number.isFinite(value) ? { value, type: Number } : null;
  return { value: safeText(String(value)), type: String };
}

/** One sheet per table; sheet names are cut to Excel's 31 characters. */
export function toXlsxBlob(tables) {
  const sheets = tables.map((table) => ({
    sheet: table.name.replace(/[\\/?*[\]:]/g, ' ').slice(0, 31),
    data: [
      table.columns.map((header) => ({ value: header, type: String, fontWeight: 'bold' })),
      ...table.rows.map((row) => row.map(xlsxCell)),
    ],
    columns: table.columns.map((header, index) => ({ width: index === 0 ? 34 : Math.max(10, Math.min(40, header.length + 2)) })),
    stickyRowsCount: 1,
  }));
  return writeExcelFile(sheets).toBlob();
}

export function download(blob, fileName) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has taken the blob by the next task; keeping the URL longer only holds memory.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export async function downloadXlsx(tables, fileName) {
  download(await toXlsxBlob(tables), fileName);
}

export function downloadCsv(table, fileName) {
  download(new Blob([toCsv(table)], { type: 'text/csv;charset=utf-8' }), fileName);
}
