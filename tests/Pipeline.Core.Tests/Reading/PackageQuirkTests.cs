using System.IO.Compression;
using System.Text;
using Pipeline.Core.Catalogue;
using Pipeline.Core.Reading;
using Pipeline.Core.Scoring;
using Pipeline.Workbooks;

namespace Pipeline.Core.Tests.Reading;

/// <summary>
/// The Chiềng En annex in packages other programs write — Strict Open XML, parts in other
/// folders or named by absolute or relative targets, entry names in another case, formatting to
/// the grid's last row or column, inline or rich-text strings, a missing or wrong dimension —
/// reads and scores exactly as the seed annex does: 21 targets, 7 exceeded / 13 met / 1 not
/// met computed and reported, one finding on target 20.
/// </summary>
public class PackageQuirkTests
{
    private const string AnnexSheet = "xl/worksheets/sheet2.xml";

    private static readonly Lazy<byte[]> Seed = new(SampleWorkbooks.ChiengEn.ToBytes);

    public static TheoryData<string> Quirks => new(QuirkMakers.Keys);

    private static readonly Dictionary<string, Func<byte[], byte[]>> QuirkMakers = new()
    {
        ["strict"] = PackageQuirks.Strict,
        ["workbook-at-root"] = x => PackageQuirks.PartsIn(x, ""),
        ["parts-in-another-folder"] = x => PackageQuirks.PartsIn(x, "bang-tinh/"),
        ["absolute-targets"] = x => PackageQuirks.AbsoluteTargets(x),
        ["relative-targets"] = PackageQuirks.RelativeTargets,
        ["upper-case-entry-names"] = PackageQuirks.UpperCaseEntryNames,
        ["backslash-entry-names"] = PackageQuirks.BackslashEntryNames,
        ["spaces-in-part-names"] = PackageQuirks.SpacesInPartNames,
        ["styled-empty-rows-to-1048576"] = x => PackageQuirks.StyledEmptyRows(x, AnnexSheet),
        ["styled-empty-columns-to-XFD"] = x => PackageQuirks.StyledEmptyColumns(x, AnnexSheet),
        ["inline-strings"] = PackageQuirks.InlineStrings,
        ["without-dimension"] = x => PackageQuirks.WithoutDimension(x, AnnexSheet),
        ["dimension-A1-on-a-full-sheet"] = x => PackageQuirks.WrongDimension(x, AnnexSheet, "A1"),
        ["dimension-past-the-data"] = x => PackageQuirks.WrongDimension(x, AnnexSheet, "B3:XFD1048576"),
        ["rich-text-shared-strings"] = PackageQuirks.RichTextSharedStrings,
        ["strict-in-another-folder-with-relative-targets"] = x => PackageQuirks.RelativeTargets(PackageQuirks.Strict(x)),
    };

    [Fact]
    public void A_strict_open_xml_file_saved_by_excel_reads_as_the_seed()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Reading", "Cases", "strict-open-xml-chieng-en.xlsx");
        AssertChiengEn(File.ReadAllBytes(path));
    }

    [Theory]
    [MemberData(nameof(Quirks))]
    public void The_seed_annex_in_a_quirky_package_reads_as_the_seed(string quirk) => AssertChiengEn(QuirkMakers[quirk](Seed.Value));

    [Fact]
    public void Formatting_to_the_last_row_is_not_refused_as_too_large()
    {
        var file = PackageQuirks.StyledEmptyRows(Seed.Value, AnnexSheet);
        Assert.True(file.Length < AnnexReadLimits.Default.MaxFileBytes, $"{file.Length} bytes");
        Assert.Null(Read(file).Error);
    }

    [Fact]
    public void A_package_whose_relationships_reach_no_workbook_is_refused_and_says_what_to_do()
    {
        var error = Read(PackageQuirks.OfficeDocumentTarget(Seed.Value, "xl/so-lieu.xml")).Error;
        Assert.Equal(ReadErrorCode.UnsupportedFormat, error?.Code);
        Assert.Contains("không tìm thấy sổ tính", error!.Message);
        Assert.Contains("Excel Workbook (.xlsx)", error.Message);
        Assert.Contains("officeDocument", error.Detail);
    }

    [Fact]
    public void A_binary_workbook_is_named_for_what_it_is()
    {
        var error = Read(PackageQuirks.OfficeDocumentTarget(Seed.Value, "xl/workbook.bin")).Error;
        Assert.Equal(ReadErrorCode.UnsupportedFormat, error?.Code);
        Assert.Contains(".xlsb", error!.Message);
    }

    [Fact]
    public void A_strict_zip_bomb_in_another_folder_is_refused_without_being_inflated()
    {
        var bomb = BadInputs.StrictRelocatedZipBomb(500_000_000);
        var before = GC.GetAllocatedBytesForCurrentThread();
        var error = Read(bomb).Error;
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 16L * 1024 * 1024, "the bomb was inflated");
        Assert.Equal(ReadErrorCode.TooLarge, error?.Code);
    }

    [Fact]
    public void A_strict_relocated_part_used_by_several_sheets_is_refused_while_streaming()
    {
        // About 4.5 MB of cells, declared once; three sheets over it inflate it three times,
        // past the limit of 10 MB, which no zip directory shows.
        var limits = AnnexReadLimits.Default with { MaxUncompressedBytes = 10 * 1024 * 1024 };
        var cells = HostileWorkbooks.ManyCells(300_000);
        byte[] Quirky(int sheets) => PackageQuirks.PartsIn(PackageQuirks.Strict(HostileWorkbooks.SheetsSharingOnePart(cells, sheets)), "bang-tinh/");

        Assert.Equal(ReadErrorCode.NoAnnexTable, Read(Quirky(1), limits).Error?.Code);
        var error = Read(Quirky(3), limits).Error;
        Assert.Equal(ReadErrorCode.TooLarge, error?.Code);
        Assert.Contains("inflated past", error!.Detail);
    }

    [Fact]
    public void A_value_past_the_grid_is_still_refused_when_the_package_is_strict()
    {
        var error = Read(PackageQuirks.Strict(HostileWorkbooks.CellPastLastColumn())).Error;
        Assert.Equal(ReadErrorCode.TooLarge, error?.Code);
        Assert.Contains("16.384", error!.Message);
    }

    private static WorkbookReadResult Read(byte[] file, AnnexReadLimits? limits = null) =>
        AnnexReader.Read(new MemoryStream(file, writable: false), new AnnexReadOptions { Limits = limits ?? AnnexReadLimits.Default });

    /// <summary>The seed's right result for Chiềng En, as SeedAnnexScoringTests checks the committed sample.</summary>
    internal static void AssertChiengEn(byte[] file)
    {
        var workbook = ScoredWorkbook.From(new MemoryStream(file, writable: false), AnnexReadOptions.Default, IndicatorCatalogue.Default);
        Assert.Null(workbook.Read.Error);
        var scored = Assert.Single(workbook.Annexes);
        Assert.Equal("Chiềng En", scored.Annex.Commune);
        Assert.Equal("2020-2025", scored.Annex.Term);
        Assert.Equal(21, scored.Targets.Count);
        Assert.Equal(new StatusCounts(7, 13, 1, 0), scored.Computed);
        Assert.Equal((7, 13, 1), (scored.Reported.Exceeded, scored.Reported.Met, scored.Reported.NotMet));
        var findings = scored.Targets.SelectMany(t => t.Findings.Select(f => $"{t.Row.Ordinal}:{f.Code}")).ToArray();
        Assert.Equal(["20:reported-percent-mismatch"], findings);
    }
}
