using System.Text;
using BenchmarkDotNet.Attributes;
using ExcelDataReader;
using Pipeline.Core.Annexes;
using Pipeline.Core.Catalogue;
using Pipeline.Core.Reading;
using Pipeline.Core.Scoring;

namespace Pipeline.Benchmarks;

/// <summary>
/// Where the time of <see cref="ScoredWorkbook.From"/> goes, piece by piece, each against the
/// same floor as <see cref="ReadAndScoreBenchmarks"/>. The reading pieces are cumulative
/// (each does what the previous did and more); the scoring pieces start from annexes read in
/// the setup. Only public API of Pipeline.Core is used, so the split between rows turned into
/// cells and <c>AnnexReader.Read</c> is the annex scan (SheetScanner, internal).
/// </summary>
[MemoryDiagnoser]
[ShortBenchmarkJob]
[Orderer(BenchmarkDotNet.Order.SummaryOrderPolicy.Declared, BenchmarkDotNet.Order.MethodOrderPolicy.Declared)]
public class ReadAndScorePiecesBenchmarks
{
    // The configuration AnnexReader uses.
    private static readonly ExcelReaderConfiguration ReaderConfiguration;

    private byte[] _bytes = [];
    private IndicatorCatalogue _catalogue = null!;
    private IReadOnlyList<Annex> _annexes = [];
    private string[] _indicators = [];

    static ReadAndScorePiecesBenchmarks()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        ReaderConfiguration = new ExcelReaderConfiguration { FallbackEncoding = Encoding.GetEncoding(1258), LeaveOpen = true };
    }

    [Params(BenchmarkWorkbook.PuBauSeed, BenchmarkWorkbook.Rows2000)]
    public BenchmarkWorkbook Workbook { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _catalogue = IndicatorCatalogue.Default;
        _bytes = BenchmarkWorkbooks.Bytes(Workbook);
        var scored = BenchmarkSetup.ReadAndCheck(Workbook, _bytes, _catalogue);
        _annexes = scored.Read.Annexes;
        _indicators = _annexes.SelectMany(a => a.Rows).Select(r => r.Indicator).ToArray();
    }

    [Benchmark(Baseline = true, Description = "Floor: zip + XmlReader over worksheet XML")]
    public long Floor() => PackageFloor.WalkWorksheets(_bytes);

    [Benchmark(Description = "AnnexReader pre-checks: copy + signature + zip directory")]
    public object? PreChecks()
    {
        // What AnnexReader.Read does before ExcelDataReader sees the bytes.
        using var input = new MemoryStream(_bytes, writable: false);
        var buffer = new MemoryStream((int)input.Length);
        var chunk = new byte[81920];
        int read;
        while ((read = input.Read(chunk, 0, chunk.Length)) > 0) buffer.Write(chunk, 0, read);
        buffer.Position = 0;
        var kind = FileSignature.Detect(buffer.GetBuffer().AsSpan(0, (int)Math.Min(buffer.Length, 4096)));
        return kind == FileKind.Zip ? XlsxPackage.Check(buffer, AnnexReadLimits.Default) : null;
    }

    [Benchmark(Description = "ExcelDataReader: CreateReader only")]
    public int ExcelDataReaderOpen()
    {
        // Reads rels, workbook.xml, sharedStrings, styles, and pre-scans the first sheet
        // (dimensions and merged cells), before a single row is asked for.
        using var reader = ExcelReaderFactory.CreateReader(new MemoryStream(_bytes, writable: false), ReaderConfiguration);
        return reader.FieldCount;
    }

    [Benchmark(Description = "ExcelDataReader: + Read() every row")]
    public int ExcelDataReaderRows()
    {
        using var reader = ExcelReaderFactory.CreateReader(new MemoryStream(_bytes, writable: false), ReaderConfiguration);
        var rows = 0;
        do
        {
            while (reader.Read()) rows++;
        }
        while (reader.NextResult());
        return rows;
    }

    [Benchmark(Description = "ExcelDataReader: + GetValue, GetNumberFormatString")]
    public int ExcelDataReaderValues()
    {
        using var reader = ExcelReaderFactory.CreateReader(new MemoryStream(_bytes, writable: false), ReaderConfiguration);
        var values = 0;
        do
        {
            _ = reader.MergeCells;
            while (reader.Read())
            {
                var width = Math.Min(reader.FieldCount, AnnexReadLimits.Default.MaxColumns);
                for (var c = 0; c < width; c++)
                {
                    var value = reader.GetValue(c);
                    if (value is null) continue;
                    if (value is double) _ = reader.GetNumberFormatString(c);
                    values++;
                }
            }
        }
        while (reader.NextResult());
        return values;
    }

    [Benchmark(Description = "ExcelDataReader: + SheetCell.Create (AnnexReader's rows)")]
    public int ExcelDataReaderSheetRows()
    {
        // AnnexReader's row loop: every cell cleaned (VietnameseText.Clean) or formatted as a number.
        using var reader = ExcelReaderFactory.CreateReader(new MemoryStream(_bytes, writable: false), ReaderConfiguration);
        var nonEmpty = 0;
        do
        {
            while (reader.Read())
            {
                var width = Math.Min(reader.FieldCount, AnnexReadLimits.Default.MaxColumns);
                var cells = new SheetCell[width];
                for (var c = 0; c < width; c++)
                {
                    var value = reader.GetValue(c);
                    cells[c] = value is null ? SheetCell.Blank : SheetCell.Create(value, value is double ? reader.GetNumberFormatString(c) : null);
                }
                if (!new SheetRow(reader.Depth + 1, cells).IsEmpty) nonEmpty++;
            }
        }
        while (reader.NextResult());
        return nonEmpty;
    }

    [Benchmark(Description = "AnnexReader.Read (whole read, no scoring)")]
    public int Read() => AnnexReader.Read(new MemoryStream(_bytes, writable: false), AnnexReadOptions.Default).Annexes.Count;

    [Benchmark(Description = "TargetScorer.Score, annexes read in setup")]
    public int Score()
    {
        var targets = 0;
        foreach (var annex in _annexes) targets += TargetScorer.Score(annex, _catalogue).Targets.Count;
        return targets;
    }

    [Benchmark(Description = "Scoring piece: IndicatorCatalogue.Match per row")]
    public int Match()
    {
        var matched = 0;
        foreach (var annex in _annexes)
        {
            foreach (var row in annex.Rows)
            {
                if (_catalogue.Match(row.Indicator, row.Target.Parts) is not null) matched++;
            }
        }
        return matched;
    }

    [Benchmark(Description = "Scoring piece: IndicatorText.Normalize per row")]
    public int Normalize()
    {
        var length = 0;
        foreach (var text in _indicators) length += IndicatorText.Normalize(text).Length;
        return length;
    }
}
