namespace Pipeline.Core.Reading;

/// <summary>
/// Bounds that keep one bad file from taking the host down. An annex has tens of rows and
/// weighs kilobytes; these limits are orders of magnitude above that. The .xlsx content limits
/// (<see cref="MaxUncompressedBytes"/> and <see cref="MaxCellCharacters"/> on) are checked by
/// <see cref="XlsxNormalizer"/> while it streams the package into the clean copy ExcelDataReader
/// reads, so memory is bounded by these numbers and not by what a file declares. A Word report
/// (<see cref="WordReportReader"/>) is held to the same package, row, cell and text limits while its
/// document part streams, and to the report limits (<see cref="MaxReportTables"/> on).
/// </summary>
public sealed record AnnexReadLimits
{
    /// <summary>Largest file accepted, in bytes.</summary>
    public long MaxFileBytes { get; init; } = 10 * 1024 * 1024;

    /// <summary>
    /// Largest total uncompressed size, in bytes, an .xlsx package may declare in its zip
    /// directory (zip bombs), may actually inflate to when its parts are streamed, and the
    /// normalised copy ExcelDataReader reads may take.
    /// </summary>
    public long MaxUncompressedBytes { get; init; } = 64 * 1024 * 1024;

    /// <summary>Non-empty rows read from one sheet before giving up on it.</summary>
    public int MaxRowsPerSheet { get; init; } = 10_000;

    /// <summary>
    /// Non-empty rows read from all sheets together. Every target row is kept, scored and
    /// reported (a few kilobytes each), so this bounds what a workbook of many sheets, each
    /// just under <see cref="MaxRowsPerSheet"/>, can cost.
    /// </summary>
    public int MaxRowsPerWorkbook { get; init; } = 20_000;

    /// <summary>Columns looked at in each row; an annex has about seven.</summary>
    public int MaxColumns { get; init; } = 64;

    /// <summary>Sheets looked at in one workbook.</summary>
    public int MaxSheets { get; init; } = 64;

    /// <summary>
    /// Characters (UTF-16 code units) in one cell's text, one shared string, or any other text
    /// in a workbook part. 32,767 is Excel's own maximum: a file with more was not saved by Excel.
    /// </summary>
    public int MaxCellCharacters { get; init; } = 32_767;

    /// <summary>
    /// Text runs (&lt;t&gt; elements) in one shared or inline string. ExcelDataReader joins runs
    /// one by one, so thousands of runs in one string cost time quadratic in its length.
    /// </summary>
    public int MaxRunsPerString { get; init; } = 512;

    /// <summary>Items in the shared-string table. An annex has a few hundred short strings.</summary>
    public int MaxSharedStrings { get; init; } = 50_000;

    /// <summary>
    /// Characters in the whole shared-string table, which ExcelDataReader holds in memory
    /// while the file is read (2 bytes a character).
    /// </summary>
    public long MaxSharedStringCharacters { get; init; } = 4_000_000;

    /// <summary>
    /// Characters of cell text in all worksheets together, a shared string counted each time a
    /// cell uses it: what reading can copy into rows, titles and annexes. A tiny file can point
    /// ten thousand cells at one long shared string; this bounds that.
    /// </summary>
    public long MaxCellTextCharacters { get; init; } = 8_000_000;

    /// <summary>
    /// Cells holding a value in one worksheet (styled empty cells are dropped before ExcelDataReader
    /// sees the sheet). ExcelDataReader walks each sheet twice and makes an object per cell;
    /// 10,000 rows of an annex's seven columns are 70,000.
    /// </summary>
    public int MaxCellsPerSheet { get; init; } = 1_000_000;

    /// <summary>Merged ranges in one worksheet, each an object ExcelDataReader keeps. An annex has tens.</summary>
    public int MaxMergedRangesPerSheet { get; init; } = 10_000;

    /// <summary>Last column of Excel's grid (XFD). A value, or a row's count of values, past it was not written by Excel.</summary>
    public int MaxColumnNumber { get; init; } = 16_384;

    /// <summary>Last row of Excel's grid. A value in a row numbered past it was not written by Excel.</summary>
    public int MaxRowNumber { get; init; } = 1_048_576;

    /// <summary>
    /// Highest row number holding a value in one sheet, empty rows before it included:
    /// ExcelDataReader walks every row up to the last (about 4 µs each), so one stray value at row
    /// 1,048,576 costs 4 s a sheet. Rows that are only formatted are dropped first and do not count.
    /// 65,536 is the old .xls limit; an annex uses a few hundred.
    /// </summary>
    public int MaxRowsReachedPerSheet { get; init; } = 65_536;

    /// <summary>The sheets' highest row numbers added up: 64 sheets each reaching their limit would still take seconds.</summary>
    public int MaxRowsReachedPerWorkbook { get; init; } = 131_072;

    /// <summary>Highest row number times widest column holding a value in one sheet: the grid ExcelDataReader walks. An annex's is a few thousand.</summary>
    public int MaxGridCellsPerSheet { get; init; } = 4_000_000;

    /// <summary>
    /// Sheets the workbook part lists, and relationships in one relationship part.
    /// ExcelDataReader matches each relationship against every sheet, so many of both cost time.
    /// </summary>
    public int MaxWorkbookEntries { get; init; } = 2_000;

    /// <summary>Cell formats (&lt;xf&gt;) in the styles part. Excel allows 64,000.</summary>
    public int MaxCellFormats { get; init; } = 65_536;

    /// <summary>
    /// Custom number formats in the styles part; Excel keeps at most about 250.
    /// ExcelDataReader compares each new one with all before it.
    /// </summary>
    public int MaxNumberFormats { get; init; } = 1_000;

    /// <summary>Characters in one number format code; 255 is Excel's own maximum.</summary>
    public int MaxNumberFormatCharacters { get; init; } = 255;

    /// <summary>
    /// Bytes of a part between one '&lt;' and the next. An XML reader holds a whole tag with its
    /// attributes in memory, so this bounds every tag; text between tags (at most 32,767
    /// characters of a cell, escaped) is far shorter in any real file.
    /// </summary>
    public int MaxBytesBetweenTags { get; init; } = 1024 * 1024;

    /// <summary>
    /// Top-level tables read from a Word report (<see cref="WordReportReader"/>): its annexes, its signature
    /// block and any layout tables. A report has a handful; each table is held whole while it is read.
    /// </summary>
    public int MaxReportTables { get; init; } = 200;

    /// <summary>
    /// Tables inside tables inside … a Word report: a table inside another's cell (an annex framed by a layout table)
    /// is read as a table of its own, and every table open around it is held while it is read. A report nests two or three.
    /// </summary>
    public int MaxTableNesting { get; init; } = 16;

    /// <summary>
    /// Non-empty body paragraphs outside tables kept as a Word report's narrative
    /// (<see cref="WorkbookReadResult.Narrative"/>). A fifty-page report has about a thousand.
    /// </summary>
    public int MaxNarrativeParagraphs { get; init; } = 20_000;

    /// <summary>
    /// Characters (UTF-16 code units) of a Word report's narrative, all paragraphs together and any one
    /// paragraph while it is read. A fifty-page report has about 150,000.
    /// </summary>
    public long MaxNarrativeCharacters { get; init; } = 2_000_000;

    public static AnnexReadLimits Default { get; } = new();
}
