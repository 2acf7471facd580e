using Pipeline.Core.Consolidation;
using Pipeline.Core.Narrative;
using Pipeline.Core.Reporting;

namespace Pipeline.Core.Tests.Reporting;

/// <summary>Which report's count a commune shows: a PDF's of its current annex, else its Word report's, else a PDF's of an earlier annex, said so.</summary>
public class ReportCheckOverlayTests
{
    private static readonly NarrativeReport PuBauSection = new([], []);

    private static CommuneSummary Summary(string uploadId, int? wordFindings) =>
        CommuneSummary.From("son-la/pu-bau", "Pú Bẩu", "2020-2025", uploadId, [], DateTimeOffset.UnixEpoch) with { ReportFindings = wordFindings };

    private static ReportCheck Pdf(string checkedUploadId) => new("20261130T080000123-0000aaaa", checkedUploadId, 6, PuBauSection);

    [Fact]
    public void A_pdf_checked_against_the_current_annex_is_counted_over_the_word_report_it_came_in()
    {
        var shown = ReportCheckOverlay.Commune(Summary("u-2", wordFindings: 3), Pdf("u-2"));
        Assert.Equal((6, "20261130T080000123-0000aaaa", false), (shown.ReportFindings, shown.ReportUploadId, shown.ReportOfEarlierAnnex));
        Assert.Same(PuBauSection, shown.Report);
    }

    [Fact]
    public void An_annex_that_came_in_a_word_report_after_the_pdf_shows_the_word_reports_count()
    {
        var shown = ReportCheckOverlay.Commune(Summary("u-3", wordFindings: 3), Pdf("u-2"));
        Assert.Equal((3, null, false), (shown.ReportFindings, shown.ReportUploadId, shown.ReportOfEarlierAnnex));
        Assert.Null(shown.Report);
    }

    [Fact]
    public void A_workbook_sent_after_the_pdf_shows_the_pdfs_count_of_the_earlier_annex()
    {
        var shown = ReportCheckOverlay.Commune(Summary("u-3", wordFindings: null), Pdf("u-2"));
        Assert.Equal((6, "20261130T080000123-0000aaaa", true), (shown.ReportFindings, shown.ReportUploadId, shown.ReportOfEarlierAnnex));
    }

    [Fact]
    public void Without_a_pdf_the_summary_is_as_stored()
    {
        var summary = Summary("u-3", wordFindings: null);
        Assert.Same(summary, ReportCheckOverlay.Commune(summary, null));
    }

    [Fact]
    public void The_province_lays_the_same_rule_over_each_scored_line_and_leaves_a_missing_one()
    {
        var scored = new ProvinceCommune("son-la/pu-bau", "Pú Bẩu", true, ProvinceCommuneStatus.Scored, "u-3", DateTimeOffset.UnixEpoch, null, 0, null, null, [], null);
        var missing = new ProvinceCommune("son-la/chieng-en", "Chiềng En", true, ProvinceCommuneStatus.Missing, null, null, null, 0, null, null, [], null);
        var rollup = new ProvinceSummary("son-la", "Sơn La", "2020-2025", new Completeness(2, 1, 1, 50m, []), [scored, missing],
            new ProvinceTotals(0, CommuneSummary.Combine(Array.Empty<CountsReport>())), [], DateTimeOffset.UnixEpoch);
        var checks = new Dictionary<string, ReportCheck> { ["son-la/pu-bau"] = Pdf("u-2"), ["son-la/chieng-en"] = Pdf("u-1") };
        var shown = ReportCheckOverlay.Province(rollup, checks).Communes;
        Assert.Equal((6, true), (shown[0].ReportFindings, shown[0].ReportOfEarlierAnnex));
        Assert.Equal((null, null), (shown[1].ReportFindings, shown[1].ReportUploadId));
    }
}
