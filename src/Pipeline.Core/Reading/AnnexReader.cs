using System.Text;
using ExcelDataReader;
using ExcelDataReader.Exceptions;
using Pipeline.Core.Annexes;

namespace Pipeline.Core.Reading;

/// <summary>
/// Reads the annex tables out of an uploaded file (.xlsx or legacy .xls), streaming rows
/// with ExcelDataReader. Never throws for bad input: every refusal comes back as a
/// <see cref="ReadError"/> a clerk can act on.
/// </summary>
public static class AnnexReader
{
    static AnnexReader()
    {
        // ExcelDataReader needs the legacy code pages for every format, .xlsx included.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    public static WorkbookReadResult ReadFile(string path, AnnexReadOptions? options = null)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096, FileOptions.SequentialScan);
        return Read(stream, options);
    }

    public static WorkbookReadResult Read(Stream input, AnnexReadOptions? options = null)
    {
        options ??= AnnexReadOptions.Default;
        var limits = options.Limits;
        if (input.CanSeek && input.Length - input.Position > limits.MaxFileBytes)
            return WorkbookReadResult.Refused(Refusals.FileTooLarge(input.Length - input.Position, limits.MaxFileBytes));

        var buffer = Buffer(input, limits.MaxFileBytes);
        if (buffer is null) return WorkbookReadResult.Refused(Refusals.FileTooLarge(null, limits.MaxFileBytes)); // not seekable: only "over the limit" is known

        var head = buffer.GetBuffer().AsSpan(0, (int)Math.Min(buffer.Length, 4096));
        var kind = FileSignature.Detect(head);
        // Every .xlsx is read from a clean copy of its package, whatever wrote it (XlsxNormalizer).
        MemoryStream? normalized = null;
        var refusal = kind switch
        {
            FileKind.Empty => Refusals.ZeroBytes(),
            FileKind.Text => Refusals.TextFile(),
            FileKind.Markup => Refusals.WebPage(),
            FileKind.Pdf => Refusals.OtherDocument("tệp PDF", "a PDF document"),
            FileKind.Unknown => Refusals.UnknownFormat(),
            FileKind.Zip => XlsxPackage.Check(buffer, limits) ?? XlsxNormalizer.Normalize(buffer, limits, out normalized),
            _ => null,
        };
        if (refusal is not null) return WorkbookReadResult.Refused(refusal);

        using var package = normalized;
        buffer.Position = 0;
        try
        {
            return ReadWorkbook(package ?? buffer, options);
        }
        catch (InvalidPasswordException)
        {
            return WorkbookReadResult.Refused(Refusals.Encrypted());
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A compound file without a workbook stream is some other Office document (.doc renamed .xls).
            if (kind == FileKind.CompoundFile && ex is ExcelReaderException && ex.Message.Contains("Workbook", StringComparison.OrdinalIgnoreCase))
                return WorkbookReadResult.Refused(Refusals.UnknownFormat());
            return WorkbookReadResult.Refused(Refusals.Damaged($"{ex.GetType().Name}: {ex.Message}"));
        }
    }

    private static WorkbookReadResult ReadWorkbook(Stream stream, AnnexReadOptions options)
    {
        var configuration = new ExcelReaderConfiguration
        {
            // Old BIFF files without a code page record were most likely written on Vietnamese Windows.
            FallbackEncoding = Encoding.GetEncoding(1258),
            LeaveOpen = true,
        };
        using var reader = ExcelReaderFactory.CreateReader(stream, configuration);

        var annexes = new List<Annex>();
        var hasContent = false;
        var sheets = 0;
        var rowsRead = 0;
        do
        {
            if (++sheets > options.Limits.MaxSheets) break;
            if (!string.Equals(reader.VisibleState, "visible", StringComparison.OrdinalIgnoreCase)) continue;

            var merges = reader.MergeCells is { } cells
                ? cells.Select(m => new MergedRange(m.FromRow, m.FromColumn, m.ToRow, m.ToColumn)).ToArray()
                : [];
            var scan = SheetScanner.Scan(reader.Name, Rows(reader, options.Limits.MaxColumns), merges, options,
                options.Limits.MaxRowsPerWorkbook - rowsRead);
            if (scan.Error is not null) return WorkbookReadResult.Refused(scan.Error);
            rowsRead += scan.RowsRead;
            hasContent |= scan.HasContent;
            annexes.AddRange(scan.Annexes);
        }
        while (reader.NextResult());

        if (annexes.Count > 0) return WorkbookReadResult.Read(annexes);
        return WorkbookReadResult.Refused(hasContent ? Refusals.NoAnnexTable() : Refusals.NoCells());
    }

    private static IEnumerable<SheetRow> Rows(IExcelDataReader reader, int maxColumns)
    {
        while (reader.Read())
        {
            var width = Math.Min(reader.FieldCount, maxColumns);
            var cells = new SheetCell[width];
            for (var c = 0; c < width; c++)
            {
                var value = reader.GetValue(c);
                cells[c] = value is null ? SheetCell.Blank : SheetCell.Create(value, value is double ? reader.GetNumberFormatString(c) : null);
            }
            yield return new SheetRow(reader.Depth + 1, cells);
        }
    }

    /// <summary>Copies the upload into memory, or returns null once it passes the size limit.</summary>
    private static MemoryStream? Buffer(Stream input, long maxBytes)
    {
        var buffer = new MemoryStream(input.CanSeek ? (int)Math.Min(input.Length - input.Position, maxBytes) : 64 * 1024);
        var chunk = new byte[81920];
        int read;
        while ((read = input.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > maxBytes) return null;
            buffer.Write(chunk, 0, read);
        }
        buffer.Position = 0;
        return buffer;
    }
}
