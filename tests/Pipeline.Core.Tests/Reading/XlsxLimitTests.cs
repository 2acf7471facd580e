using System.Buffers.Binary;
using System.Text;
using System.Text.Json;
using Pipeline.Core.Catalogue;
using Pipeline.Core.Reading;
using Pipeline.Core.Reporting;
using Pipeline.Core.Scoring;
using Pipeline.Core.Text;
using Pipeline.Workbooks;

namespace Pipeline.Core.Tests.Reading;

/// <summary>
/// The streaming checks of an .xlsx's parts: each limit of <see cref="AnnexReadLimits"/> refuses a
/// file just past it with code too-large and a message that says what is wrong and what to do,
/// and a file just within it is not refused for that reason.
/// </summary>
public class XlsxLimitTests
{
    private static readonly AnnexReadLimits Limits = AnnexReadLimits.Default;

    private static WorkbookReadResult Read(byte[] file, AnnexReadLimits? limits = null) =>
        AnnexReader.Read(new MemoryStream(file, writable: false), new AnnexReadOptions { Limits = limits ?? Limits });

    private static ReadError Refused(byte[] file, AnnexReadLimits? limits = null)
    {
        var result = Read(file, limits);
        Assert.True(result.IsRefused, "the file should have been refused");
        var error = result.Error!;
        Assert.Equal(ReadErrorCode.TooLarge, error.Code);
        Assert.Contains("tải lên", error.Message);
        Assert.Contains("nothing was read", error.Detail);
        return error;
    }

    [Fact]
    public void A_shared_string_longer_than_excel_allows_is_refused_and_one_at_the_limit_is_not()
    {
        var error = Refused(HostileWorkbooks.HugeSharedString(Limits.MaxCellCharacters + 1));
        Assert.Contains("32.767 ký tự", error.Message);
        Assert.Contains("Excel", error.Message);

        // At the limit the content checks pass; the file is refused only for holding no annex.
        Assert.Equal(ReadErrorCode.NoAnnexTable, Read(HostileWorkbooks.HugeSharedString(Limits.MaxCellCharacters)).Error?.Code);
    }

    [Fact]
    public void An_inline_string_longer_than_excel_allows_is_refused() =>
        Assert.Contains("32.767 ký tự", Refused(HostileWorkbooks.HugeInlineString(Limits.MaxCellCharacters + 1)).Message);

    [Fact]
    public void More_shared_strings_than_the_limit_are_refused_and_the_limit_itself_is_not()
    {
        var error = Refused(HostileWorkbooks.ManySharedStrings(Limits.MaxSharedStrings + 1));
        Assert.Contains("quá nhiều nội dung chữ", error.Message);
        Assert.Contains($"more than {Limits.MaxSharedStrings} items", error.Detail);
        Assert.Equal(ReadErrorCode.NoAnnexTable, Read(HostileWorkbooks.ManySharedStrings(Limits.MaxSharedStrings)).Error?.Code);
    }

    [Fact]
    public void Shared_strings_longer_in_all_than_the_limit_are_refused()
    {
        // 200 strings of seven characters: 1,400 in all.
        var file = HostileWorkbooks.ManySharedStrings(200);
        var error = Refused(file, Limits with { MaxSharedStringCharacters = 1_399 });
        Assert.Contains("more than 1399 characters", error.Detail);
        Assert.Equal(ReadErrorCode.NoAnnexTable, Read(file, Limits with { MaxSharedStringCharacters = 1_400 }).Error?.Code);
    }

    [Fact]
    public void One_shared_string_used_by_every_cell_counts_at_each_use()
    {
        // 10,000 rows × 7 cells × 32,000 characters: a 32 KB file that would copy 2.2 billion characters.
        var error = Refused(HostileWorkbooks.SharedStringEverywhere());
        Assert.Contains("at each use", error.Detail);
        // The same string used by a few cells is fine.
        Assert.Equal(ReadErrorCode.NoAnnexTable, Read(HostileWorkbooks.SharedStringEverywhere(rows: 10)).Error?.Code);
    }

    [Fact]
    public void A_sheet_with_more_cells_than_the_limit_is_refused_and_named()
    {
        var error = Refused(HostileWorkbooks.ManyCells(Limits.MaxCellsPerSheet + 1));
        Assert.Contains("\"Biểu 01\"", error.Message);
        Assert.Contains("1.000.000 ô", error.Message);
        Assert.Equal(ReadErrorCode.NoAnnexTable, Read(HostileWorkbooks.ManyCells(Limits.MaxCellsPerSheet)).Error?.Code);
    }

    [Fact]
    public void A_cell_past_excels_last_column_is_refused()
    {
        var error = Refused(HostileWorkbooks.CellPastLastColumn());
        Assert.Contains("giới hạn của Excel", error.Message);
        Assert.Contains("16.384", error.Message);
    }

    [Fact]
    public void A_stray_cell_at_the_last_column_and_a_whole_grid_dimension_change_nothing()
    {
        var plain = Report(SampleWorkbooks.PuBau.ToBytes());
        var stray = Report(HostileWorkbooks.StrayCellAtLastColumn());
        Assert.Equal(plain, stray);
    }

    [Fact]
    public void A_tag_longer_than_the_limit_is_refused_before_the_xml_reader_holds_it()
    {
        var error = Refused(HostileWorkbooks.HugeAttribute(Limits.MaxBytesBetweenTags + 1));
        Assert.Contains("không phải biểu do Excel lưu", error.Message);
        Assert.Contains("between two tags", error.Detail);
        Assert.Equal(ReadErrorCode.NoAnnexTable, Read(HostileWorkbooks.HugeAttribute(Limits.MaxBytesBetweenTags / 2)).Error?.Code);
    }

    [Fact]
    public void More_number_formats_than_the_limit_are_refused() =>
        Assert.Contains($"more than {Limits.MaxNumberFormats} number formats",
            Refused(HostileWorkbooks.ManyNumberFormats(Limits.MaxNumberFormats + 1)).Detail);

    [Fact]
    public void A_part_inflating_past_what_the_directory_declares_is_damaged()
    {
        // Two million cells are about 30 MB; the directory is made to say 1 KB. The zip reader
        // stops at the declared size, so the part ends mid-tag.
        var error = Read(DeclareSmall(HostileWorkbooks.ManyCells(2_000_000), "xl/worksheets/sheet1.xml")).Error;
        Assert.Equal(ReadErrorCode.Damaged, error?.Code);
        Assert.Contains("hỏng", error!.Message);
    }

    [Fact]
    public void Sheets_that_share_one_part_count_its_bytes_at_each_use()
    {
        // About 4.5 MB of cells, declared once; three sheets over it would inflate it three times.
        var cells = HostileWorkbooks.ManyCells(300_000);
        var limits = Limits with { MaxUncompressedBytes = 10 * 1024 * 1024 };
        Assert.Equal(ReadErrorCode.NoAnnexTable, Read(HostileWorkbooks.SheetsSharingOnePart(cells, sheets: 1), limits).Error?.Code);
        var error = Refused(HostileWorkbooks.SheetsSharingOnePart(cells, sheets: 3), limits);
        Assert.Contains("inflated past", error.Detail);
    }

    [Fact]
    public void Rows_of_all_sheets_together_are_bounded_and_a_workbook_just_within_is_read()
    {
        // Two sheets of a header and 9,999 targets: 20,000 non-empty rows, all read as one sheet alone is.
        var one = Read(HostileWorkbooks.ManyTinyAnnexes(sheets: 1)).Annexes.Single().Rows.Count;
        var within = Read(HostileWorkbooks.ManyTinyAnnexes(sheets: 2));
        Assert.Null(within.Error);
        Assert.Equal([one, one], within.Annexes.Select(a => a.Rows.Count));

        var error = Read(HostileWorkbooks.ManyTinyAnnexes(sheets: 3)).Error;
        Assert.Equal(ReadErrorCode.TooLarge, error?.Code);
        Assert.Contains("20.000 dòng", error!.Message);
        Assert.Contains("in all", error.Detail);
    }

    [Fact]
    public void A_report_quotes_a_long_cell_as_an_excerpt_and_the_rest_as_before()
    {
        var plain = Reports(SampleWorkbooks.PuBau.ToBytes()).Annexes.Single().Targets;
        var targets = Reports(HostileWorkbooks.LongIndicatorInAnnex()).Annexes.Single().Targets;

        Assert.Equal(plain.Count, targets.Count);
        Assert.Equal(Excerpt.MaxCharacters, targets[0].Indicator.Length);
        Assert.StartsWith(plain[0].Indicator, targets[0].Indicator, StringComparison.Ordinal);
        Assert.EndsWith("…", targets[0].Indicator, StringComparison.Ordinal);
        Assert.Equal(plain.Skip(1).Select(t => t.Indicator), targets.Skip(1).Select(t => t.Indicator));
    }

    [Fact]
    public void An_excerpt_keeps_short_text_and_cuts_long_text_without_splitting_a_surrogate_pair()
    {
        Assert.Equal("Thu ngân sách", Excerpt.Of("Thu ngân sách"));
        var exact = new string('a', Excerpt.MaxCharacters);
        Assert.Same(exact, Excerpt.Of(exact));

        var cut = Excerpt.Of(new string('a', 10_000));
        Assert.Equal(Excerpt.MaxCharacters, cut.Length);
        Assert.EndsWith("…", cut, StringComparison.Ordinal);

        // An emoji straddling the cut is dropped whole, never left as a lone high surrogate.
        var straddling = Excerpt.Of(new string('a', Excerpt.MaxCharacters - 2) + "😀" + new string('b', 100));
        Assert.False(straddling.Any(char.IsSurrogate), straddling[^4..]);
        Assert.True(straddling.Length <= Excerpt.MaxCharacters);
    }

    private static FileReport Reports(byte[] file) =>
        AnnexReports.ForFile("annex.xlsx", ScoredWorkbook.From(new MemoryStream(file, writable: false), AnnexReadOptions.Default, IndicatorCatalogue.Default));

    private static string Report(byte[] file) => JsonSerializer.Serialize(Reports(file), ReportJson.Options);

    /// <summary>The package with the uncompressed size of one part set to 1,024 bytes in both its local header and the central directory.</summary>
    private static byte[] DeclareSmall(byte[] zip, string part)
    {
        var copy = (byte[])zip.Clone();
        var name = Encoding.UTF8.GetBytes(part);
        for (var i = 0; i + 46 < copy.Length; i++)
        {
            var signature = BinaryPrimitives.ReadUInt32LittleEndian(copy.AsSpan(i));
            var (nameAt, sizeAt) = signature switch
            {
                0x04034b50 => (i + 30, i + 22),
                0x02014b50 => (i + 46, i + 24),
                _ => (-1, -1),
            };
            if (nameAt < 0 || !copy.AsSpan(nameAt).StartsWith(name)) continue;
            BinaryPrimitives.WriteUInt32LittleEndian(copy.AsSpan(sizeAt), 1024);
        }
        return copy;
    }
}
