using Pipeline.Core.Annexes;
using Pipeline.Core.Catalogue;
using Pipeline.Core.Narrative;
using Pipeline.Core.Scoring;
using Pipeline.Core.Values;

namespace Pipeline.Core.Tests.Narrative;

/// <summary>Linking by number alone, and refusing to, on an annex built here whose rows the catalogue does not know.</summary>
public class StatementLinkerTests
{
    private static AnnexRow Row(int ordinal, string indicator, string target, string actual, TargetStatus status) =>
        new(10 + ordinal, ordinal.ToString(System.Globalization.CultureInfo.InvariantCulture), null, indicator, "",
            AnnexValueParser.Parse(target), AnnexValueParser.Parse(actual), AnnexValue.Empty, status.ToString(), status);

    private static readonly ScoredAnnex MuongLam = TargetScorer.Score(
        new Annex("Biểu 01", "Mường Lầm", "2020-2025", AnnexKind.Results, 9,
        [
            Row(1, "Thu ngân sách trên địa bàn", "300", "320", TargetStatus.Exceeded),
            Row(2, "Số hội nghị tiếp xúc cử tri được tổ chức", "40", "40", TargetStatus.Met),
            Row(3, "Số lớp tập huấn kỹ thuật cho nông dân", "12", "12", TargetStatus.Met),
        ]),
        IndicatorCatalogue.Default);

    private static readonly string[] Text =
    [
        "1. Đối với xã Mường Lầm (có biểu số 01 kèm theo)",
        "Đại hội Đảng bộ xã Mường Lầm nhiệm kỳ 2020-2025; nhất trí thông qua 3 chỉ tiêu; kết quả 01 chỉ tiêu vượt, 02 chỉ tiêu đạt, cụ thể:",
        "1. Thu ngân sách trên địa bàn 300 triệu, kết quả đạt 320 triệu: Vượt chỉ tiêu.",
        "2. Tổ chức hội nghị tiếp xúc cử tri: 38/40 hội nghị, đạt 95% so với Nghị quyết đại hội.",
        "3. Trồng hoa ven đường liên bản: 5/4 km, đạt 125% so với Nghị quyết đại hội.",
    ];

    private static readonly Lazy<CheckedNarrative> Checked = new(() => NarrativeChecker.Check(Text, [MuongLam], IndicatorCatalogue.Default));

    [Fact]
    public void The_rows_are_unknown_to_the_catalogue_except_the_budget()
    {
        Assert.Equal("budget-revenue", MuongLam.Targets[0].IndicatorCode);
        Assert.Null(MuongLam.Targets[1].IndicatorCode);
        Assert.Null(MuongLam.Targets[2].IndicatorCode);
    }

    [Fact]
    public void Words_the_catalogue_knows_link_by_indicator()
    {
        var statement = Checked.Value.Sections.Single().Statements[0];
        Assert.Equal((LinkBasis.Indicator, "1"), (statement.Link.Basis, statement.Link.Target!.Row.Ordinal));
    }

    [Fact]
    public void Words_it_does_not_know_link_by_number_when_they_share_the_rows_words()
    {
        var statement = Checked.Value.Sections.Single().Statements[1];
        Assert.Equal((LinkBasis.Ordinal, "2"), (statement.Link.Basis, statement.Link.Target!.Row.Ordinal));
        // 38 of 40 in the text, 40 in the table.
        var finding = Assert.Single(Checked.Value.Findings, f => f.Statement == 2 && f.Code == NarrativeFindingCode.StatedResultMismatch);
        Assert.Equal("2", finding.Row!.Ordinal);
    }

    [Fact]
    public void Words_that_share_nothing_with_the_row_of_their_number_stay_unlinked_and_unchecked()
    {
        var statement = Checked.Value.Sections.Single().Statements[2];
        Assert.False(statement.Link.IsLinked);
        Assert.Equal(LinkBasis.NotInCatalogue, statement.Link.Basis);
        Assert.DoesNotContain(Checked.Value.Findings, f => f.Statement == 3);
    }

    [Fact]
    public void A_tally_that_names_only_some_kinds_is_compared_on_those()
    {
        // "01 chỉ tiêu vượt, 02 chỉ tiêu đạt", nothing said of those not met: the table's 1 / 2 / 0 agrees.
        Assert.DoesNotContain(Checked.Value.Findings, f => f.Code is NarrativeFindingCode.StatedTallyMismatch or NarrativeFindingCode.TallyDoesNotAddUp);
    }

    [Fact]
    public void A_whole_term_annex_is_taken_before_a_yearly_one_of_the_same_commune()
    {
        var yearly = Tests.Reading.SeedReading.Sample("bo-sinh-2026-results.xlsx");
        Assert.Equal("Bó Sinh", yearly.Annex.Commune);
        Assert.NotEqual(Periods.ReportingPeriod.WholeTerm, yearly.Annex.Period);
        var term = SeedReportSamples.Annexes[2];
        Assert.Same(term, StatementLinker.AnnexOf("Bó Sinh", [yearly, term]));
        Assert.Same(yearly, StatementLinker.AnnexOf("Bó Sinh", [yearly]));
    }

    [Fact]
    public void An_annex_is_found_by_the_commune_its_titles_name_when_the_caller_named_another()
    {
        var renamed = new ScoredAnnex(MuongLam.Annex with { Commune = "Bó Sinh", Titled = new AnnexTitles("Mường Lầm", "2020-2025") }, MuongLam.Targets);
        Assert.Same(renamed, StatementLinker.AnnexOf("Mường Lầm", [renamed]));
        Assert.Null(StatementLinker.AnnexOf("Chiềng En", [MuongLam]));
    }
}
