using System.Text;
using Pipeline.Core.Reading;

namespace Pipeline.Core.Tests.Reading;

public class HeaderRecognizerTests
{
    [Theory]
    [InlineData("TT", AnnexColumn.Ordinal)]
    [InlineData("STT", AnnexColumn.Ordinal)]
    [InlineData("Stt", AnnexColumn.Ordinal)]
    [InlineData("T\nT", AnnexColumn.Ordinal)]
    [InlineData("Chỉ tiêu", AnnexColumn.Indicator)]
    [InlineData("Nội dung", AnnexColumn.Indicator)]
    [InlineData("Đơn vị tính", AnnexColumn.Unit)]
    [InlineData("Đơn vị\ntính", AnnexColumn.Unit)]
    [InlineData("ĐVT", AnnexColumn.Unit)]
    [InlineData("Chỉ tiêu NQ Đại hội XXII", AnnexColumn.Target)]
    [InlineData("Chỉ tiêu\nNQ Đại\nhội XXII", AnnexColumn.Target)]
    [InlineData("Chỉ tiêu Nghị quyết đề ra", AnnexColumn.Target)]
    [InlineData("Kế hoạch", AnnexColumn.Target)]
    [InlineData("Chỉ tiêu đến năm 2030", AnnexColumn.Target)]
    [InlineData("Kết quả thực hiện", AnnexColumn.Actual)]
    [InlineData("Thực hiện", AnnexColumn.Actual)]
    [InlineData("So sánh %", AnnexColumn.ReportedPercent)]
    [InlineData("So sánh tỷ lệ %", AnnexColumn.ReportedPercent)]
    [InlineData("Tỷ lệ %", AnnexColumn.ReportedPercent)]
    [InlineData("Tỉ lệ (%)", AnnexColumn.ReportedPercent)]
    [InlineData("Ghi chú", AnnexColumn.Notes)] // read as the verdict only when no header names one (ColumnMap)
    [InlineData("Đánh giá", AnnexColumn.Verdict)]
    [InlineData("  GHI   CHÚ ", AnnexColumn.Notes)]
    [InlineData("Ghi chú khác", AnnexColumn.Notes)]
    // Real-world variants: every spelling here was met in communes' annexes.
    [InlineData("Tên chỉ tiêu", AnnexColumn.Indicator)]
    [InlineData("Các chỉ tiêu chủ yếu", AnnexColumn.Indicator)]
    [InlineData("Nhiệm vụ, chỉ tiêu", AnnexColumn.Indicator)]
    [InlineData("Hạng mục", AnnexColumn.Indicator)]
    [InlineData("ĐV tính", AnnexColumn.Unit)]
    [InlineData("Đv", AnnexColumn.Unit)]
    [InlineData("Mục tiêu ĐH", AnnexColumn.Target)]
    [InlineData("Chỉ tiêu NQ ĐH", AnnexColumn.Target)]
    [InlineData("KH giao", AnnexColumn.Target)]
    [InlineData("Chỉ tiêu phấn đấu", AnnexColumn.Target)]
    [InlineData("Phấn đấu đến năm 2025", AnnexColumn.Target)]
    [InlineData("Kết quả đạt được", AnnexColumn.Actual)]
    [InlineData("KQ thực hiện", AnnexColumn.Actual)]
    [InlineData("KQ", AnnexColumn.Actual)]
    [InlineData("Ước TH năm 2025", AnnexColumn.Actual)]
    [InlineData("Ước thực hiện 2021-2025", AnnexColumn.Actual)]
    [InlineData("Ước đạt", AnnexColumn.Actual)]
    [InlineData("Thực hiện NQ ĐH", AnnexColumn.Actual)]
    [InlineData("TH", AnnexColumn.Actual)]
    [InlineData("Đạt được", AnnexColumn.Actual)]
    [InlineData("Tỷ lệ TH/KH (%)", AnnexColumn.ReportedPercent)]
    [InlineData("TH/KH", AnnexColumn.ReportedPercent)]
    [InlineData("% so với NQ", AnnexColumn.ReportedPercent)]
    [InlineData("% so KH", AnnexColumn.ReportedPercent)]
    [InlineData("%\nTH/KH", AnnexColumn.ReportedPercent)]
    [InlineData("So với NQ (%)", AnnexColumn.ReportedPercent)]
    [InlineData("So sánh (%)", AnnexColumn.ReportedPercent)]
    [InlineData("Tỷ lệ", AnnexColumn.ReportedPercent)]
    [InlineData("Tỷ lệ hoàn thành", AnnexColumn.ReportedPercent)]
    [InlineData("Mức độ hoàn thành (%)", AnnexColumn.ReportedPercent)]
    [InlineData("Đánh giá kết quả", AnnexColumn.Verdict)]
    [InlineData("Tự đánh giá", AnnexColumn.Verdict)]
    [InlineData("Kết quả đánh giá", AnnexColumn.Verdict)]
    [InlineData("Tự ĐG", AnnexColumn.Verdict)]
    [InlineData("Kết quả (Đạt/Không đạt)", AnnexColumn.Verdict)]
    [InlineData("Xếp loại", AnnexColumn.Verdict)]
    public void Names_each_column_by_meaning(string header, AnnexColumn expected)
    {
        Assert.Equal(expected, HeaderRecognizer.Classify(header));
        Assert.Equal(expected, HeaderRecognizer.Classify(header.Normalize(NormalizationForm.FormD)));
    }

    [Theory]
    [InlineData("Nhiệm kỳ 2020-2025")]
    [InlineData("BIỂU SỐ 01")]
    [InlineData("")]
    [InlineData("6=5/4")]
    [InlineData("Nguồn số liệu")]
    public void Other_texts_name_no_column(string header) => Assert.Null(HeaderRecognizer.Classify(header));

    [Fact]
    public void A_header_row_names_three_columns_in_separate_cells()
    {
        var header = Row(1, "TT", "Chỉ tiêu", "Đơn vị tính", "Chỉ tiêu NQ", "Kết quả thực hiện", "So sánh %", "Ghi chú");
        var title = Row(2, "KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI ĐẢNG BỘ XÃ CHIỀNG EN");
        var data = Row(3, "1", "Thu nhập bình quân đầu người/năm", "Triệu đồng", 18.0, 27.5, 152.7, "Vượt");
        Assert.True(HeaderRecognizer.IsHeaderStart(header, 64));
        Assert.False(HeaderRecognizer.IsHeaderStart(title, 64));
        Assert.False(HeaderRecognizer.IsHeaderStart(data, 64));
    }

    [Fact]
    public void Recognises_column_numbering_rows()
    {
        Assert.True(HeaderRecognizer.IsNumberingRow(Row(1, "(1)", "(2)", "(3)", "(4)", "(5)", "(6)=(5)/(4)")));
        Assert.True(HeaderRecognizer.IsNumberingRow(Row(1, "A", "B", "1", "2", "3")));
        Assert.False(HeaderRecognizer.IsNumberingRow(Row(1, "1", "Thu ngân sách", "Triệu đồng", 175.0)));
    }

    [Fact]
    public void A_header_merged_over_rows_is_read_by_its_most_specific_text()
    {
        // Row 1: TT | Chỉ tiêu | ĐVT | "Nhiệm kỳ 2020-2025" merged over D:F | Ghi chú; row 2: sub-headers.
        var first = Row(1, "TT", "Chỉ tiêu", "ĐVT", "Nhiệm kỳ 2020-2025", null, null, "Ghi chú");
        var second = Row(2, null, null, null, "Chỉ tiêu NQ", "Thực hiện", "Tỷ lệ %", null);
        MergedRange[] merges =
        [
            new(0, 0, 1, 0), new(0, 1, 1, 1), new(0, 2, 1, 2), new(0, 3, 0, 5), new(0, 6, 1, 6),
        ];
        var map = ColumnMap.FromHeader([first, second], merges, 64);
        Assert.Equal(0, map[AnnexColumn.Ordinal]);
        Assert.Equal(1, map[AnnexColumn.Indicator]);
        Assert.Equal(2, map[AnnexColumn.Unit]);
        Assert.Equal(3, map[AnnexColumn.Target]);
        Assert.Equal(4, map[AnnexColumn.Actual]);
        Assert.Equal(5, map[AnnexColumn.ReportedPercent]);
        Assert.Equal(6, map[AnnexColumn.Verdict]);
        Assert.True(map.IsAnnex);
    }

    [Fact]
    public void A_verdict_header_beside_ghi_chu_is_the_verdict_and_ghi_chu_stays_notes()
    {
        var header = Row(1, "TT", "Chỉ tiêu", "Chỉ tiêu NQ", "Thực hiện", "Ghi chú", "Tự đánh giá");
        var map = ColumnMap.FromHeader([header], [], 64);
        Assert.Equal(5, map[AnnexColumn.Verdict]);
        Assert.Equal(4, map[AnnexColumn.Notes]);
    }

    [Fact]
    public void A_second_column_of_one_meaning_is_named_but_not_placed()
    {
        var header = Row(1, "TT", "Chỉ tiêu", "Chỉ tiêu NQ", "Thực hiện 2024", "Ước TH 2025", "", "Nguồn");
        var map = ColumnMap.FromHeader([header], [], 64);
        Assert.Equal(3, map[AnnexColumn.Actual]);
        Assert.Equal(AnnexColumn.Actual, map.NamedAs(4));
        Assert.Null(map.NamedAs(5));
        Assert.Null(map.NamedAs(6));
        Assert.Equal((0, 4), map.Span);
        Assert.Equal("Ước TH 2025", map.HeaderOf(4));
    }

    [Theory]
    [InlineData(0, "A")]
    [InlineData(5, "F")]
    [InlineData(25, "Z")]
    [InlineData(26, "AA")]
    [InlineData(63, "BL")]
    [InlineData(16383, "XFD")]
    public void Column_letters_are_excels(int column, string letters) => Assert.Equal(letters, ColumnLetter.Of(column));

    [Fact]
    public void A_header_split_over_three_rows_is_joined_upward()
    {
        var first = Row(1, "Stt", "Nội dung", "Chỉ tiêu", "Kết quả", "Ghi chú");
        var second = Row(2, null, null, "NQ Đại", "thực", null);
        var third = Row(3, null, null, "hội XXII", "hiện", null);
        var map = ColumnMap.FromHeader([first, second, third], [], 64);
        Assert.Equal(2, map[AnnexColumn.Target]);
        Assert.Equal(3, map[AnnexColumn.Actual]);
        Assert.Equal(1, map[AnnexColumn.Indicator]);
    }

    [Fact]
    public void A_bare_chi_tieu_right_of_noi_dung_is_the_target()
    {
        var header = Row(1, "Nội dung", "ĐVT", "Chỉ tiêu", "Thực hiện");
        Assert.True(HeaderRecognizer.IsHeaderStart(header, 64));
        var map = ColumnMap.FromHeader([header], [], 64);
        Assert.Equal(0, map[AnnexColumn.Indicator]);
        Assert.Equal(2, map[AnnexColumn.Target]);
        Assert.Equal(3, map[AnnexColumn.Actual]);
    }

    internal static SheetRow Row(int number, params object?[] cells) =>
        new(number, cells.Select(c => c is null ? SheetCell.Blank : SheetCell.Create(c, null)).ToArray());
}
