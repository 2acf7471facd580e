using Pipeline.Core.Reading;

namespace Pipeline.Core.Tests.Reading;

public class PeriodHeaderTests
{
    [Theory]
    [InlineData("Thực hiện giai đoạn 2020-2025", 2025, true)]
    [InlineData("Ước thực hiện năm 2025", 2025, true)]
    [InlineData("Ước thực hiện năm 2025", 2020, false)]
    [InlineData("Kết quả thực hiện Năm 2020 (đầu nhiệm kỳ)", 2020, true)]
    [InlineData("Thực hiện đầu nhiệm kỳ", null, true)]
    [InlineData("Kết quả nhiệm kỳ trước", null, true)]
    [InlineData("Thực hiện 2020-2025", null, false)]
    [InlineData("Kết quả thực hiện", 2025, false)]
    [InlineData("TH năm 2026", 2025, false)]
    public void Tells_a_baseline_from_a_result(string header, int? termStart, bool baseline) =>
        Assert.Equal(baseline, PeriodHeader.IsBaseline(header, termStart));

    [Theory]
    [InlineData("Chỉ tiêu NQ nhiệm kỳ 2025-2030", 2025)]
    [InlineData("Mục tiêu đến năm 2030", 2025)]
    [InlineData("Chỉ tiêu NQ Đại hội", null)]
    public void Reads_the_terms_first_year_from_a_target_header(string header, int? start) =>
        Assert.Equal(start, PeriodHeader.TermStart(header));
}

/// <summary>The term an annex is sent for never turns its own results into baselines.</summary>
public class SentForAnotherTermTests
{
    [Fact]
    public void A_results_annex_sent_for_the_next_term_is_still_read_as_results()
    {
        var bytes = File.ReadAllBytes(Pipeline.Workbooks.RepositoryLayout.Sample("chieng-en-2020-2025.xlsx"));
        var read = Pipeline.Core.Scoring.ScoredWorkbook.From(new MemoryStream(bytes), new AnnexReadOptions(Term: "2025-2030"), Pipeline.Core.Catalogue.IndicatorCatalogue.Default);
        var annex = Assert.Single(read.Annexes);
        Assert.Equal(Pipeline.Core.Annexes.AnnexKind.Results, annex.Annex.Kind);
        Assert.Equal("2025-2030", annex.Annex.Term); // what it was sent for, for the upload's checks to compare
        Assert.Equal(new Pipeline.Core.Scoring.StatusCounts(7, 13, 1, 0), annex.Computed);
    }

    [Fact]
    public void What_the_titles_say_is_kept_beside_the_commune_and_term_it_was_sent_for()
    {
        var bytes = File.ReadAllBytes(Pipeline.Workbooks.RepositoryLayout.Sample("chieng-en-2020-2025.xlsx"));
        var annex = Assert.Single(AnnexReader.Read(new MemoryStream(bytes), new AnnexReadOptions("Pú Bẩu", "2025-2030")).Annexes);
        Assert.Equal(("Pú Bẩu", "2025-2030"), (annex.Commune, annex.Term));
        // Its titles name the term ("NHIỆM KỲ 2020-2025") and no year: the whole term.
        Assert.Equal(new Pipeline.Core.Annexes.AnnexTitles("Chiềng En", "2020-2025") { Period = Pipeline.Core.Periods.ReportingPeriod.WholeTerm }, annex.Titled);
        // So one read both scores for the choice and tells the clerk the titles disagree with it.
        Assert.Equal(2, AnnexTitleCheck.Warnings([annex], "Pú Bẩu", "2025-2030").Count);
    }
}
