using Pipeline.Core.Annexes;
using Pipeline.Core.Catalogue;
using Pipeline.Core.Reporting;
using Pipeline.Core.Scoring;
using static Pipeline.Core.Tests.Scoring.ScoringRows;

namespace Pipeline.Core.Tests.Scoring;

/// <summary>Qualitative targets: no computed status, no finding, the commune's verdict counted apart.</summary>
public class QualitativeScoringTests
{
    [Theory]
    [InlineData("Duy trì xã đạt chuẩn nông thôn mới", "Duy trì", "19", "Đạt")]
    [InlineData("Xã đạt chuẩn quốc gia về y tế", "Giữ vững xã đạt chuẩn quốc gia về y tế", "Giữ vững", "Đạt")]
    [InlineData("Chính quyền xã", "Hoàn thành tốt nhiệm vụ trở lên", "Hoàn thành xuất sắc nhiệm vụ", "Vượt")]
    [InlineData("Xây dựng xã đạt chuẩn nông thôn mới", "Đạt chuẩn NTM năm 2023", "Đạt chuẩn năm 2021", "Vượt")]
    [InlineData("Xây dựng xã đạt chuẩn nông thôn mới", "Đạt chuẩn NTM năm 2023", "2021", "Vượt")]
    [InlineData("Đảng bộ xã", "Trong sạch, vững mạnh", "Hoàn thành tốt nhiệm vụ", "Không đạt")]
    [InlineData("Trường đạt chuẩn quốc gia", "3", "Chưa đạt", "Không đạt")]
    [InlineData("Duy trì phổ cập giáo dục", "Duy trì", "", "")]
    public void A_qualitative_row_has_no_status_and_no_finding(string indicator, string target, string actual, string verdict)
    {
        var scored = Score(indicator, target, actual, "", verdict);
        Assert.True(scored.Qualitative);
        Assert.Null(scored.Status);
        Assert.Null(scored.Ratio);
        Assert.Empty(scored.Findings);
        Assert.Equal(VerdictOf(verdict), scored.Row.ReportedStatus);
    }

    [Fact]
    public void A_qualitative_target_in_a_targets_only_annex_is_not_flagged()
    {
        var scored = TargetScorer.Score(Row("Xã đạt chuẩn nông thôn mới nâng cao", "Đạt chuẩn năm 2027", ""), AnnexKind.TargetsOnly, IndicatorCatalogue.Default);
        Assert.True(scored.Qualitative);
        Assert.Empty(scored.Findings);
    }

    [Theory]
    [InlineData("Đạt chuẩn NTM năm 2023", "2021")]
    [InlineData("Duy trì", "03 thôn")]
    [InlineData("2025", "Đạt chuẩn năm 2024")]
    public void A_qualitative_rows_figures_are_never_reported_as_values(string target, string actual)
    {
        var annex = new Annex("Sheet1", "Mường Bú", "2020-2025", AnnexKind.Results, 5,
            [Row("Xây dựng xã đạt chuẩn nông thôn mới", target, actual, "", "Đạt")]);
        var report = AnnexReports.ForAnnex(TargetScorer.Score(annex, IndicatorCatalogue.Default)).Targets.Single();
        Assert.True(report.Qualitative);
        Assert.Empty(report.Target);
        Assert.Empty(report.Actual);
        Assert.Equal(target, report.TargetText);
        Assert.Equal(actual, report.ActualText);
    }

    [Fact]
    public void Qualitative_rows_are_counted_apart_with_the_communes_verdicts()
    {
        var annex = new Annex("Sheet1", "Mường Bú", "2020-2025", AnnexKind.Results, 5,
        [
            Row("Thu nhập bình quân đầu người", "50", "55", "110", "Vượt"),
            Row("Xã đạt chuẩn quốc gia về y tế", "Giữ vững", "Giữ vững", "", "Đạt"),
            Row("Đảng bộ trong sạch vững mạnh", "Hoàn thành tốt nhiệm vụ trở lên", "Hoàn thành tốt nhiệm vụ", "", "Đạt"),
            Row("Xây dựng xã đạt chuẩn nông thôn mới", "Đạt chuẩn NTM năm 2023", "Chưa đạt", "", "Không đạt"),
        ]);
        var scored = TargetScorer.Score(annex, IndicatorCatalogue.Default);
        Assert.Equal(new StatusCounts(1, 0, 0, 0), scored.Computed);
        Assert.Equal(new StatusCounts(1, 0, 0, 0), scored.Reported);
        Assert.Equal(new StatusCounts(0, 2, 1, 0), scored.Qualitative);

        var report = AnnexReports.ForAnnex(scored);
        Assert.Equal(new QualitativeCounts(3, 0, 2, 1, 0), report.Counts.Qualitative);
        Assert.Equal([false, true, true, true], report.Targets.Select(t => t.Qualitative));
        Assert.Equal("3 chỉ tiêu định tính, xã tự đánh giá: 2 đạt, 1 không đạt", report.Counts.Qualitative!.Vietnamese());
        Assert.Equal(new QualitativeCounts(6, 0, 4, 2, 0), CommuneSummary.Combine([report, report]).Qualitative);
    }

    [Theory]
    [InlineData(0, 0, 0, 0, 0, "")]
    [InlineData(2, 1, 1, 0, 0, "2 chỉ tiêu định tính, xã tự đánh giá: 1 vượt, 1 đạt")]
    [InlineData(3, 0, 1, 0, 2, "3 chỉ tiêu định tính, xã tự đánh giá: 1 đạt, 2 chưa tự đánh giá")]
    [InlineData(2, 0, 0, 0, 2, "2 chỉ tiêu định tính, xã chưa tự đánh giá")]
    public void The_vietnamese_line(int total, int exceeded, int met, int notMet, int unstated, string expected) =>
        Assert.Equal(expected, new QualitativeCounts(total, exceeded, met, notMet, unstated).Vietnamese());

    [Fact]
    public void A_stored_report_without_the_qualitative_block_adds_nothing()
    {
        var old = new CountsReport(new ComputedCounts(1, 2, 3, 0), new ReportedCounts(1, 2, 3, 0), 50m);
        Assert.Equal(QualitativeCounts.None, CommuneSummary.Combine([old, old]).Qualitative);
    }

    private static TargetStatus? VerdictOf(string verdict) => Pipeline.Core.Reading.VerdictReader.Read(verdict);
}
