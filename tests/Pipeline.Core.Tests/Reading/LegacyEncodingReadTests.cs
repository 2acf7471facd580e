using Pipeline.Core.Annexes;
using Pipeline.Core.Catalogue;
using Pipeline.Core.Reading;
using Pipeline.Core.Scoring;
using Pipeline.Core.Text;
using Pipeline.Workbooks;

namespace Pipeline.Core.Tests.Reading;

/// <summary>
/// Annexes typed in TCVN3 or VNI read as the seed annex they transcribe: same commune, term,
/// statuses and findings as the Unicode original, with the converted cells counted.
/// </summary>
public class LegacyEncodingReadTests
{
    private const string RealTcvn3File = "tests/Pipeline.Core.Tests/Reading/Cases/tcvn3-chieng-en.xls";

    private static ScoredWorkbook Score(byte[] file) =>
        ScoredWorkbook.From(new MemoryStream(file, writable: false), AnnexReadOptions.Default, IndicatorCatalogue.Default);

    private static SheetSpec ChiengEnSheet => AnnexSheetLayout.ToSheet(SeedAnnexes.ChiengEn, "Biểu 01");

    /// <summary>The Unicode seed's result, as the reference each legacy file must match.</summary>
    private static ScoredAnnex Reference => Assert.Single(Score(AnnexWorkbook.ToBytes(SeedAnnexes.ChiengEn)).Annexes);

    private static void AssertReadsAsTheSeed(ScoredWorkbook workbook)
    {
        Assert.Null(workbook.Read.Error);
        var annex = Assert.Single(workbook.Annexes);
        var reference = Reference;
        Assert.Equal("Chiềng En", annex.Annex.Commune);
        Assert.Equal("2020-2025", annex.Annex.Term);
        Assert.Equal(AnnexKind.Results, annex.Annex.Kind);
        Assert.Equal(21, annex.Targets.Count);
        Assert.Equal(new StatusCounts(7, 13, 1, 0), annex.Computed);
        Assert.Equal((7, 13, 1), (annex.Reported.Exceeded, annex.Reported.Met, annex.Reported.NotMet));
        Assert.Equal(reference.Targets.Select(t => (t.Row.Ordinal, t.Status)), annex.Targets.Select(t => (t.Row.Ordinal, t.Status)));
        Assert.Equal(reference.Targets.Select(t => t.Row.Indicator), annex.Targets.Select(t => t.Row.Indicator));
        Assert.Equal(reference.Targets.Select(t => t.Row.Unit), annex.Targets.Select(t => t.Row.Unit));
        Assert.Equal(reference.Targets.Select(t => t.IndicatorCode), annex.Targets.Select(t => t.IndicatorCode));
        Assert.Equal(["20:reported-percent-mismatch"], Findings(annex));
    }

    private static string[] Findings(ScoredAnnex annex) =>
        [.. annex.Targets.SelectMany(t => t.Findings.Select(f => $"{t.Row.Ordinal}:{f.Code}"))];

    [Fact]
    public void The_real_tcvn3_xls_from_Chieng_En_reads_as_its_seed_annex()
    {
        var workbook = Score(File.ReadAllBytes(Path.Combine(RepositoryLayout.Root, RealTcvn3File)));
        Assert.Null(workbook.Read.Error);
        var annex = Assert.Single(workbook.Annexes);
        Assert.Equal("Chiềng En", annex.Annex.Commune);
        Assert.Equal("2020-2025", annex.Annex.Term);
        Assert.Equal(21, annex.Targets.Count);
        Assert.Equal(new StatusCounts(7, 13, 1, 0), annex.Computed);
        Assert.Equal((7, 13, 1), (annex.Reported.Exceeded, annex.Reported.Met, annex.Reported.NotMet));
        Assert.Equal(["20:reported-percent-mismatch"], Findings(annex));
        var conversion = Assert.Single(annex.Annex.TextConversions);
        Assert.Equal(LegacyEncoding.Tcvn3, conversion.Encoding);
        Assert.Equal(64, conversion.Cells); // every text cell with a letter beyond ASCII
    }

    [Fact]
    public void Fonts_named_on_rich_text_runs_count_like_cell_fonts()
    {
        var sheet = ChiengEnSheet;
        var retyped = LegacySheets.Tcvn3WithoutFonts(sheet);
        var capitals = LegacySheets.Tcvn3(sheet).Rows.SelectMany(r => r).OfType<TextCell>()
            .Where(c => c.Look.Font == ".VnTimeH").Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
        var file = LegacyRichText.WithRunFonts(WorkbookWriter.ToBytes([retyped], WorkbookKind.Xlsx),
            text => capitals.Contains(text) ? ".VnTimeH" : ".VnTime");

        var workbook = Score(file);
        AssertReadsAsTheSeed(workbook);
        Assert.Equal([new TextConversion(LegacyEncoding.Tcvn3, LegacySheets.ChangedTextCells(sheet, retyped))], workbook.Annexes[0].Annex.TextConversions);
        // The fonts come from the runs: the cells' own style is the house font.
        var fonts = LegacyFontScan.Scan(new MemoryStream(file), AnnexReadLimits.Default);
        var (row, column) = CellOf(sheet, "BIỂU SỐ 01");
        Assert.Equal(new LegacyFont(LegacyEncoding.Tcvn3, Capitals: true), fonts.FontOf("Biểu 01", row, column));
        (row, column) = CellOf(sheet, "Thu nhập bình quân đầu người/năm");
        Assert.Equal(new LegacyFont(LegacyEncoding.Tcvn3, Capitals: false), fonts.FontOf("Biểu 01", row, column));
    }

    [Theory]
    [InlineData(WorkbookKind.Xlsx)]
    [InlineData(WorkbookKind.Xls)]
    public void The_font_scan_finds_each_cell_in_its_font(WorkbookKind kind)
    {
        var sheet = ChiengEnSheet;
        var fonts = LegacyFontScan.Scan(new MemoryStream(WorkbookWriter.ToBytes([LegacySheets.Vni(sheet)], kind)), AnnexReadLimits.Default);
        var (row, column) = CellOf(sheet, "Không đạt");
        Assert.Equal(new LegacyFont(LegacyEncoding.Vni, Capitals: false), fonts.FontOf("Biểu 01", row, column));
        Assert.Null(fonts.FontOf("Biểu 01", row, column + 40));
        Assert.True(LegacyFontScan.Scan(new MemoryStream(WorkbookWriter.ToBytes([sheet], kind)), AnnexReadLimits.Default).IsEmpty);
    }

    private static (int Row, int Column) CellOf(SheetSpec sheet, string text)
    {
        for (var r = 0; r < sheet.Rows.Count; r++)
        {
            for (var c = 0; c < sheet.Rows[r].Count; c++)
            {
                if (sheet.Rows[r][c] is TextCell cell && cell.Value == text) return (r, c);
            }
        }
        throw new InvalidOperationException($"no cell \"{text}\"");
    }

    public static TheoryData<string, WorkbookKind> Files => new()
    {
        { "tcvn3-fonts", WorkbookKind.Xlsx },
        { "tcvn3-fonts", WorkbookKind.Xls },
        { "vni-fonts", WorkbookKind.Xlsx },
        { "vni-fonts", WorkbookKind.Xls },
        { "tcvn3-no-fonts", WorkbookKind.Xlsx },
        { "tcvn3-no-fonts", WorkbookKind.Xls },
        { "vni-no-fonts", WorkbookKind.Xlsx },
        { "tcvn3-body-in-unicode-form", WorkbookKind.Xlsx },
        { "tcvn3-body-in-unicode-form-no-fonts", WorkbookKind.Xlsx },
    };

    private static SheetSpec Retype(string variant, SheetSpec sheet) => variant switch
    {
        "tcvn3-fonts" => LegacySheets.Tcvn3(sheet),
        "vni-fonts" => LegacySheets.Vni(sheet),
        "tcvn3-no-fonts" => LegacySheets.Tcvn3WithoutFonts(sheet),
        "vni-no-fonts" => LegacySheets.VniWithoutFonts(sheet),
        "tcvn3-body-in-unicode-form" => LegacySheets.Tcvn3BodyInUnicodeForm(sheet, BodyRow(sheet), withFont: true),
        "tcvn3-body-in-unicode-form-no-fonts" => LegacySheets.Tcvn3BodyInUnicodeForm(sheet, BodyRow(sheet), withFont: false),
        _ => throw new ArgumentOutOfRangeException(nameof(variant), variant, null),
    };

    /// <summary>The first row under the header: the row whose first cell is the group ordinal "I".</summary>
    private static int BodyRow(SheetSpec sheet)
    {
        for (var r = 0; r < sheet.Rows.Count; r++)
        {
            if (sheet.Rows[r].Count > 0 && sheet.Rows[r][0] is TextCell { Value: "I" }) return r;
        }
        throw new InvalidOperationException("no group row I");
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void A_legacy_chieng_en_reads_as_the_seed_and_counts_its_converted_cells(string variant, WorkbookKind kind)
    {
        var sheet = ChiengEnSheet;
        var retyped = Retype(variant, sheet);
        var workbook = Score(WorkbookWriter.ToBytes([retyped], kind));
        AssertReadsAsTheSeed(workbook);

        var expected = LegacySheets.ChangedTextCells(sheet, retyped);
        Assert.True(expected > 40, $"only {expected} cells retyped");
        var conversion = Assert.Single(workbook.Annexes[0].Annex.TextConversions);
        Assert.Equal(variant.StartsWith("vni", StringComparison.Ordinal) ? LegacyEncoding.Vni : LegacyEncoding.Tcvn3, conversion.Encoding);
        Assert.Equal(expected, conversion.Cells);
    }

    [Fact]
    public void The_h_font_title_reads_in_capitals()
    {
        var retyped = LegacySheets.Tcvn3(ChiengEnSheet);
        var title = retyped.Rows.SelectMany(r => r).OfType<TextCell>().First(c => c.Look.Font == ".VnTimeH");
        Assert.NotEqual(title.Value, title.Value.ToUpperInvariant()); // typed with lowercase codes
        var read = AnnexReader.Read(new MemoryStream(WorkbookWriter.ToBytes([retyped], WorkbookKind.Xlsx)));
        Assert.Equal("Chiềng En", Assert.Single(read.Annexes).Commune);
    }

    [Fact]
    public void A_unicode_workbook_reports_no_conversion()
    {
        foreach (var sample in SampleWorkbooks.All)
        {
            var read = AnnexReader.ReadFile(RepositoryLayout.Sample(sample.RelativePath));
            Assert.All(read.Annexes, a => Assert.Empty(a.TextConversions));
        }
    }

    [Fact]
    public void Unicode_cells_beside_legacy_ones_are_left_alone()
    {
        // Ordinary text that holds characters TCVN3 and VNI use, in a sheet that also has legacy cells.
        string[] unicode = ["«Nông thôn mới»", "Đạt ® 2020", "Tỷ lệ (%) » 95", "Nông thôn", "São Paulo", "Ghi chú", "Lò Văn A"];
        var rows = new List<IReadOnlyList<CellSpec>>
        {
            new CellSpec[] { LegacyTypist.ToTcvn3("Kết quả thực hiện") },
            new CellSpec[] { LegacyTypist.ToTcvn3("Không đạt") },
            new CellSpec[] { LegacyTypist.ToTcvn3("Chỉ tiêu") },
        };
        rows.AddRange(unicode.Select(text => (IReadOnlyList<CellSpec>)[(CellSpec)text]));
        var conversion = new SheetTextConversion(null);
        var read = rows.Select((row, r) => conversion.Convert(((TextCell)row[0]).Value, r, 0)).ToArray();
        Assert.Equal(["Kết quả thực hiện", "Không đạt", "Chỉ tiêu", .. unicode], read);
        Assert.Equal([new TextConversion(LegacyEncoding.Tcvn3, 3)], conversion.Conversions);
    }

    [Theory]
    [InlineData(".VnTime", WorkbookKind.Xlsx)]
    [InlineData(".VnTime", WorkbookKind.Xls)]
    [InlineData("VNI-Times", WorkbookKind.Xlsx)]
    public void Unicode_text_left_in_legacy_fonts_by_a_converter_is_not_changed(string font, WorkbookKind kind)
    {
        // "Tiêu chí", "Ghi chú", "So sánh %" fit Windows-1252; read as TCVN3 they would become "Tiờu chớ".
        var sheet = LegacySheets.UnicodeInFont(AnnexSheetLayout.ToSheet(SeedAnnexes.ChiengEn, "Biểu 01"), font);
        var scored = SeedReading.AssertReadsAs("chieng-en-2020-2025.xlsx", WorkbookWriter.ToBytes([sheet], kind));
        Assert.Empty(scored.Annex.TextConversions);
    }

    [Fact]
    public void Symbols_inserted_into_legacy_text_are_kept_and_the_letters_converted()
    {
        Assert.Equal("Thu nhập bình quân ≥ 18", new LegacyFont(LegacyEncoding.Tcvn3, false).Convert(LegacyTypist.ToTcvn3("Thu nhập bình quân") + " ≥ 18"));
        Assert.Equal("Không đạt ✓", LegacyTextRecognizer.Recognize(LegacyTypist.ToTcvn3("Không đạt") + " ✓")?.Text);
        Assert.Null(new LegacyFont(LegacyEncoding.Tcvn3, false).Convert("Chỉ tiêu ≥ 18")); // Unicode in a legacy font stays
    }

    [Fact]
    public void Numbers_are_never_converted()
    {
        var sheet = LegacySheets.Tcvn3(ChiengEnSheet);
        var read = AnnexReader.Read(new MemoryStream(WorkbookWriter.ToBytes([sheet], WorkbookKind.Xlsx)));
        var row1 = Assert.Single(read.Annexes).Rows.OfType<Pipeline.Core.Annexes.AnnexRow>().First(r => r.Ordinal == "1");
        Assert.Equal([27.5m], row1.Actual.Parts);
    }
}
