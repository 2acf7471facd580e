// Exports a table to .xlsx (write-excel-file) or .csv. A table is { name, unit, term, columns:
// [header], rows: [[cell]] } where a cell is a string, a number or null; numbers stay numbers.
// Above the header go title rows (unit, term, export date), so a printed or forwarded file says
// what it is without the portal beside it.
import writeExcelFile from 'write-excel-file/browser';
import { date } from './format.js';

// OWASP CSV injection: a text cell beginning with one of these is read as a formula by
// spreadsheet programs. Prefixing a single quote makes it plain text. Numbers are left alone.
const FormulaStart = /^[=+\-@\t\r]/;

export function safeText(value) {
  return typeof value === 'string' && FormulaStart.test(value) ? `'${value}` : value;
}

/** The title rows above a table's header: its unit, its term, the day it was exported. */
export function titleRows(table, exportedAt = new Date()) {
  return [
    table.unit ? table.unit : null,
    table.term ? `Nhiệm kỳ ${table.term}` : null,
    `Ngày xuất: ${date(exportedAt)}`,
  ].filter(Boolean);
}

// Excel set to Vietnamese reads ';' as the list separator and ',' as the decimal mark: with
// them, a double-click opens the file split into columns and with numbers it can add up.
const CsvSeparator = ';';

function csvField(value) {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value).replace('.', ',') : '';
  const text = String(safeText(String(value)));
  return /[";\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** RFC 4180 CSV with ';' and decimal commas, title rows and a blank line first, and a byte-order mark so Excel reads UTF-8. */
export function toCsv(table, exportedAt = new Date()) {
  const lines = [...titleRows(table, exportedAt).map((title) => [title]), [], table.columns, ...table.rows]
    .map((row) => row.map(csvField).join(CsvSeparator));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

function xlsxCell(value) {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'number') return Number.isFinite(value) ? { value, type: Number } : null;
  return { value: safeText(String(value)), type: String };
}

/** One sheet per table; sheet names are cut to Excel's 31 characters. */
export function toXlsxBlob(tables, exportedAt = new Date()) {
  const sheets = tables.map((table) => {
    const titles = titleRows(table, exportedAt).map((title, index) => [index === 0 ? { value: title, type: String, fontWeight: 'bold' } : { value: title, type: String }]);
    return {
      sheet: table.name.replace(/[\\/?*[\]:]/g, ' ').slice(0, 31),
      data: [
        ...titles,
        [null],
        table.columns.map((header) => ({ value: header, type: String, fontWeight: 'bold', wrap: true })),
        ...table.rows.map((row) => row.map(xlsxCell)),
      ],
      columns: table.columns.map((header, index) => ({ width: index === 0 ? 34 : Math.max(10, Math.min(40, header.length + 2)) })),
      // The header stays in view while scrolling; the title rows scroll with it.
      stickyRowsCount: titles.length + 2,
    };
  });
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
