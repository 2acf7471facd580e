using System.Text.Json;
using Pipeline.Core.Annexes;
using Pipeline.Core.Catalogue;
using Pipeline.Core.Reading;
using Pipeline.Core.Reporting;
using Pipeline.Core.Scoring;
using Pipeline.Workbooks;
using WorkbookRow = Pipeline.Workbooks.AnnexRow;

namespace Pipeline.Core.Tests.Reading;

/// <summary>
/// A whole annex written the way communes word their targets — qualitative rows, bounds written
/// in the cell, ranges — read from an .xlsx and an .xls and scored: statuses, findings, counts
/// and the report's new fields.
/// </summary>
public class WordedTargetsAnnexTests
{
    private static readonly AnnexTable Annex = new(
        ["BIỂU SỐ 01", "KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI ĐẢNG BỘ XÃ MƯỜNG BÚ", "NHIỆM KỲ 2020-2025"],
        AnnexTable.AllColumns,
        [
            WorkbookRow.Group("I", "Nhóm chỉ tiêu chủ yếu về kinh tế"),
            WorkbookRow.Target(1, "Tốc độ tăng trưởng kinh tế bình quân", "%", "10-12%", 11.5, "", "Đạt"),
            WorkbookRow.Target(2, "Số lao động được đào tạo nghề", "Người", "Trên 300", 280, 93.3, "Đạt"),
            WorkbookRow.Target(3, "Tỷ lệ hộ nghèo", "%", "Dưới 3%", 2.5, 110, "Vượt"),
            WorkbookRow.Target(4, "Giảm số vụ vi phạm pháp luật", "Vụ", "tối đa 5", 3, "", "Vượt"),
            WorkbookRow.Group("II", "Nhóm chỉ tiêu chủ yếu về xã hội"),
            WorkbookRow.Target(5, "Xã đạt chuẩn quốc gia về y tế", "", "Giữ vững xã đạt chuẩn quốc gia về y tế", "Giữ vững", "", "Đạt"),
            WorkbookRow.Target(6, "Xây dựng xã đạt chuẩn nông thôn mới", "", "Đạt chuẩn NTM năm 2023", 2021, "", "Vượt"),
            WorkbookRow.Target(7, "Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng", "%", "10 - 12 %", "13,5", "", "Không đạt"),
            WorkbookRow.Group("III", "Chỉ tiêu về xây dựng Đảng và hệ thống chính trị"),
            WorkbookRow.Target(8, "Kết nạp đảng viên mới", "Đảng viên", "từ 30 đến 35 đảng viên", 38, "", "Vượt"),
            WorkbookRow.Target(9, "Đảng bộ xã hằng năm", "", "Hoàn thành tốt nhiệm vụ trở lên", "Hoàn thành nhiệm vụ", "", "Không đạt"),
        ])
    {
        Signature = new AnnexSignature(["T/M ĐẢNG ỦY", "BÍ THƯ"]),
    };

    [Theory]
    [InlineData(WorkbookKind.Xlsx)]
    [InlineData(WorkbookKind.Xls)]
    public void Reads_and_scores_worded_targets(WorkbookKind kind)
    {
        var workbook = ScoredWorkbook.From(new MemoryStream(AnnexWorkbook.ToBytes(Annex, kind)), AnnexReadOptions.Default, IndicatorCatalogue.Default);
        Assert.Null(workbook.Read.Error);
        var scored = Assert.Single(workbook.Annexes);
        Assert.Equal("Mường Bú", scored.Annex.Commune);

        Assert.Equal(
        [
            "1 Met", "2 NotMet", "3 Exceeded", "4 Exceeded", "5 qualitative", "6 qualitative", "7 NotMet", "8 Exceeded", "9 qualitative",
        ], scored.Targets.Select(t => $"{t.Row.Ordinal} {(t.Qualitative ? "qualitative" : t.Status?.ToString())}"));
        Assert.Equal(
            ["2:reported-status-mismatch", "3:reported-percent-mismatch"],
            scored.Targets.SelectMany(t => t.Findings.Select(f => $"{t.Row.Ordinal}:{f.Code}")));

        Assert.Equal(Direction.Lower, scored.Targets[3].Direction); // "tối đa 5" outranks the "giảm X" keyword rule
        Assert.Equal(new StatusCounts(3, 1, 2, 0), scored.Computed);
        Assert.Equal(new StatusCounts(3, 2, 1, 0), scored.Reported);
        Assert.Equal(new StatusCounts(1, 1, 1, 0), scored.Qualitative);

        var report = AnnexReports.ForAnnex(scored);
        Assert.Equal("3 chỉ tiêu định tính, xã tự đánh giá: 1 vượt, 1 đạt, 1 không đạt", report.Counts.Qualitative!.Vietnamese());
        var json = JsonSerializer.Serialize(report, ReportJson.Options);
        Assert.Contains("\"qualitative\": true", json, StringComparison.Ordinal);
        Assert.Contains("\"qualitative\": {", json, StringComparison.Ordinal);
        Assert.Contains("\"achievementRate\"", json, StringComparison.Ordinal);
        Assert.Contains("\"unscored\": 0", json, StringComparison.Ordinal);
    }
}
