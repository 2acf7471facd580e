using System.Text;
using ExcelDataReader;
using ExcelDataReader.Exceptions;
using Pipeline.Core.Annexes;

namespace Pipeline.Core.Reading;

/// <summary>
/// Reads the annex tables out of an uploaded file (.xlsx or legacy .xls), streaming rows
/// with ExcelDataReader, or out of a Word report (.docx, <see cref="WordReportReader"/>). Never throws for bad input: every refusal comes back as a
/// <see cref="ReadError"/> a clerk can act on.
/// </summary>
public static class AnnexReader
{
    static AnnexReader()
    {
        // ExcelDataReader needs the legacy code pages for every format, .xlsx included.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    /// <summary>
    /// Rows of a BIFF sheet: every cell record holds a 16-bit row (MS-XLS 2.5.211), so a row past
    /// 65,536 holds nothing — yet ExcelDataReader walks empty rows up to whatever last row the
    /// DIMENSIONS record claims (a 32-bit number: 14 KB kept a core busy for 23 s).
    /// </summary>
    private const int BiffRows = 65_536;

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
        // A Word report is a package like a workbook: told apart by its main part, then read by its own reader.
        if (kind == FileKind.Zip && XlsxPackage.Check(buffer, limits) is { } packageRefusal) return WorkbookReadResult.Refused(packageRefusal);
        if (kind == FileKind.Zip)
        {
            if (XlsxPackage.WordDocumentPart(buffer, limits, out var wordRefusal) is { } document) return WordReportReader.Read(buffer, document, options);
            if (wordRefusal is not null) return WorkbookReadResult.Refused(wordRefusal); // a Word package whose document cannot be read
        }
        // Every .xlsx is read from a clean copy of its package, whatever wrote it (XlsxNormalizer).
        MemoryStream? normalized = null;
        IReadOnlyList<string> missingSheets = [];
        var refusal = kind switch
        {
            FileKind.Empty => Refusals.ZeroBytes(),
            FileKind.Text => Refusals.TextFile(),
            FileKind.WebPage => Refusals.WebPage(),
            FileKind.XmlSpreadsheet => Refusals.XmlSpreadsheet2003(),
            FileKind.Xml => Refusals.XmlDocument(),
            FileKind.Pdf => Refusals.OtherDocument("tệp PDF", "a PDF document"),
            FileKind.Unknown => Refusals.UnknownFormat(),
            FileKind.Zip => XlsxNormalizer.Normalize(buffer, limits, out normalized, out missingSheets),
            _ => null,
        };
        if (refusal is not null) return WorkbookReadResult.Refused(refusal);

        using var package = normalized;
        buffer.Position = 0;
        try
        {
            // An .xls whose DIMENSIONS claim more rows than BIFF holds is read from its corrected stream.
            var biff = kind is FileKind.CompoundFile or FileKind.RawBiff ? BiffDimensions.Clamped(buffer.GetBuffer(), (int)buffer.Length, kind) : null;
            using var corrected = biff is null ? null : new MemoryStream(biff, writable: false);
            var workbook = package ?? corrected ?? (Stream)buffer;
            var formulas = package is null ? null : XlsxFormulaValues.Compute(package);
            workbook.Position = 0;
            var read = ReadWorkbook(workbook, options, formulas, kind is FileKind.CompoundFile or FileKind.RawBiff ? BiffRows : int.MaxValue);
            // Nothing found, and sheets whose parts are missing: the truth is a damaged package, not an empty one.
            return read.Error is { Code: ReadErrorCode.Empty or ReadErrorCode.NoAnnexTable } && missingSheets.Count > 0
                ? WorkbookReadResult.Refused(Refusals.Damaged($"the workbook lists sheets whose parts the package does not have: {Text.Excerpt.Of(string.Join(", ", missingSheets))}"))
                : read;
        }
        catch (InvalidPasswordException)
        {
            return WorkbookReadResult.Refused(Refusals.Encrypted());
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // ExcelDataReader fails on some encrypted packages before it asks for the password: the streams say what they are.
            if (kind == FileKind.CompoundFile && CompoundFileContent.IsEncryptedPackage(buffer.GetBuffer(), (int)buffer.Length))
                return WorkbookReadResult.Refused(Refusals.Encrypted());
            // A compound file without a workbook stream is some other Office document (.doc renamed .xls).
            if (kind == FileKind.CompoundFile && ex is ExcelReaderException && ex.Message.Contains("Workbook", StringComparison.OrdinalIgnoreCase))
                return WorkbookReadResult.Refused(CompoundFileContent.RefusalFor(buffer.GetBuffer(), (int)buffer.Length));
            // The compound file's own structure is broken (sectors past its end): damaged, not unsupported.
            if (ex is CompoundDocumentException) return WorkbookReadResult.Refused(Refusals.Damaged($"{ex.GetType().Name}: {ex.Message}"));
            return WorkbookReadResult.Refused(Refusals.Unreadable($"{ex.GetType().Name}: {ex.Message}"));
        }
    }

    /// <param name="formulas">Values computed for formula cells saved without one, per sheet in workbook order (see <see cref="XlsxFormulaValues"/>).</param>
    /// <param name="maxRows">Rows a sheet can have in this format: past them ExcelDataReader only walks empty rows a DIMENSIONS record claims.</param>
    private static WorkbookReadResult ReadWorkbook(Stream stream, AnnexReadOptions options,
        IReadOnlyList<IReadOnlyDictionary<(int Row, int Column), double>?>? formulas, int maxRows)
    {
        var configuration = new ExcelReaderConfiguration
        {
            // Old BIFF files without a code page record were most likely written on Vietnamese Windows.
            FallbackEncoding = Encoding.GetEncoding(1258),
            LeaveOpen = true,
        };
        var fonts = LegacyFontScan.Scan(stream, options.Limits);
        using var reader = ExcelReaderFactory.CreateReader(stream, configuration);

        var annexes = new List<Annex>();
        var hasContent = false;
        var hiddenSheets = 0;
        var rowsRead = 0;
        if (ScanSheets(hidden: false) is { } refusal) return WorkbookReadResult.Refused(refusal);
        // A clerk may hide the sheet the annex is on (or every sheet but an empty one): read the
        // hidden sheets only when no visible one holds an annex, so a file with cells is never "empty".
        if (annexes.Count == 0 && hiddenSheets > 0)
        {
            reader.Reset();
            if (ScanSheets(hidden: true) is { } hiddenRefusal) return WorkbookReadResult.Refused(hiddenRefusal);
        }

        if (annexes.Count > 0) return WorkbookReadResult.Read(WithWorkbookCommune(annexes));
        return WorkbookReadResult.Refused(hasContent ? Refusals.NoAnnexTable() : Refusals.NoCells());

        ReadError? ScanSheets(bool hidden)
        {
            var sheets = 0;
            do
            {
                if (++sheets > options.Limits.MaxSheets) break;
                var computed = formulas is not null && sheets <= formulas.Count ? formulas[sheets - 1] : null;
                var visible = string.Equals(reader.VisibleState, "visible", StringComparison.OrdinalIgnoreCase);
                if (!visible && !hidden) hiddenSheets++;
                if (visible == hidden) continue;

                var merges = reader.MergeCells is { } cells
                    ? cells.Select(m => new MergedRange(m.FromRow, m.FromColumn, m.ToRow, m.ToColumn)).ToArray()
                    : [];
                var conversion = new SheetTextConversion(fonts.Sheet(reader.Name));
                var scan = SheetScanner.Scan(reader.Name, Rows(reader, options.Limits.MaxColumns, maxRows, computed, conversion), merges, options,
                    options.Limits.MaxRowsPerWorkbook - rowsRead);
                if (scan.Error is not null) return scan.Error;
                rowsRead += scan.RowsRead;
                hasContent |= scan.HasContent;
                // Counted while the sheet's rows were read, before titles, headers and verdicts were.
                var conversions = conversion.Conversions;
                annexes.AddRange(conversions.Count == 0 ? scan.Annexes : scan.Annexes.Select(a => a with { TextConversions = conversions }));
            }
            while (reader.NextResult());
            return null;
        }
    }

    /// <summary>
    /// The sheet's rows: formula cells saved without a value get the one <paramref name="computed"/>
    /// holds, legacy-encoded text cells are turned into Unicode by <paramref name="conversion"/> (numbers never are).
    /// </summary>
    private static IEnumerable<SheetRow> Rows(IExcelDataReader reader, int maxColumns, int maxRows,
        IReadOnlyDictionary<(int Row, int Column), double>? computed, SheetTextConversion conversion)
    {
        while (reader.Read() && reader.Depth < maxRows)
        {
            var width = Math.Min(reader.FieldCount, maxColumns);
            var cells = new SheetCell[width];
            for (var c = 0; c < width; c++)
            {
                var value = reader.GetValue(c);
                if (value is null && computed is not null && computed.TryGetValue((reader.Depth, c), out var number)) value = number;
                if (value is string text) value = conversion.Convert(text, reader.Depth, c);
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

    /// <summary>
    /// A file is one commune's: an annex whose titles name no commune (the second table on a
    /// sheet, under only "BIỂU SỐ 02") takes the commune the workbook's other annexes name, when
    /// they all name the same one.
    /// </summary>
    private static List<Annex> WithWorkbookCommune(List<Annex> annexes)
    {
        // By the titles as written; a commune the caller chose (options) stays the annex's commune.
        var named = annexes.Select(a => a.Titled?.Commune).OfType<string>().Distinct().ToArray();
        if (named.Length != 1 || annexes.All(a => a.Titled?.Commune is not null)) return annexes;
        return annexes.Select(a => a.Titled is { Commune: null } titles
            ? a with { Commune = a.Commune ?? named[0], Titled = titles with { Commune = named[0] } }
            : a).ToList();
    }
}
