using Pipeline.Core.Annexes;
using Pipeline.Core.Narrative;
using Pipeline.Workbooks;

namespace Pipeline.Core.Tests.Narrative;

/// <summary>The seed report's section 2 read into commune sections, statements and claims, with its real quirks.</summary>
public class NarrativeReaderTests
{
    private static readonly Lazy<NarrativeRead> Seed = new(() => NarrativeReader.Read(SeedReportText.Lines));

    private static NarrativeSection Section(string commune) => Seed.Value.Sections.Single(s => s.Commune == commune);

    private static TargetStatement Statement(string commune, int ordinal) => Section(commune).Statements.Single(s => s.Ordinal == ordinal);

    /// <summary>"target | result | percent", figures in invariant culture, for comparing a claim in one assertion.</summary>
    private static string Figures(StatedClaim claim) => string.Create(System.Globalization.CultureInfo.InvariantCulture,
        $"{string.Join(";", claim.Target?.Parts ?? [])} | {string.Join(";", claim.Result?.Parts ?? [])} | {claim.Percent}");

    [Fact]
    public void The_three_commune_sections_are_found_with_their_headings_annex_numbers_and_openings()
    {
        var read = Seed.Value;
        Assert.False(read.Truncated);
        Assert.Equal(["Chiềng En", "Pú Bẩu", "Bó Sinh"], read.Sections.Select(s => s.Commune));
        Assert.Equal([1, 2, 3], read.Sections.Select(s => s.Heading.AnnexNumber));
        // "Đối với xã Bó Sinh cũ" opens "Đại hội Đảng bộ xã Pú Bẩu cũ": the opening's own commune is kept apart.
        Assert.Equal(["Chiềng En", "Pú Bẩu", "Pú Bẩu"], read.Sections.Select(s => s.Opening?.Commune));
        Assert.Equal([21, 26, 18], read.Sections.Select(s => s.Opening?.Adopted));
    }

    [Fact]
    public void Stated_tallies_read_with_leading_zeros_and_the_missing_word()
    {
        Assert.Equal(new StatedTally(8, 12, 1, "08 chỉ tiêu vượt, 12 chỉ tiêu đạt, 01 chỉ tiêu không đạt"), Section("Chiềng En").Opening!.Tally);
        // "kết 05 chỉ tiêu vượt": the word "quả" is missing in the report.
        Assert.Equal(new StatedTally(5, 13, 8, "05 chỉ tiêu vượt, 13 chỉ tiêu đạt, 08 chỉ tiêu không đạt"), Section("Pú Bẩu").Opening!.Tally);
        Assert.Equal(new StatedTally(7, 8, 2, "07 chỉ tiêu vượt, 08 chỉ tiêu đạt, 02 chỉ tiêu không đạt"), Section("Bó Sinh").Opening!.Tally);
    }

    [Fact]
    public void Statements_are_numbered_through_the_groups_and_sub_headings()
    {
        // "2.1. Chỉ tiêu về kinh tế" reuses the section's numbering; "Chỉ tiêu về xã hội" has none; neither is a statement.
        Assert.Equal(Enumerable.Range(1, 21), Section("Chiềng En").Statements.Select(s => s.Ordinal));
        Assert.Equal(Enumerable.Range(1, 26), Section("Pú Bẩu").Statements.Select(s => s.Ordinal));
        // The section ends at "II- ĐÁNH GIÁ TỔNG QUÁT …", whose "1. Đánh giá tổng quát" is no 19th target.
        Assert.Equal(Enumerable.Range(1, 18), Section("Bó Sinh").Statements.Select(s => s.Ordinal));
    }

    [Fact]
    public void A_result_over_its_target_with_the_percent_is_one_claim()
    {
        var claim = Assert.Single(Statement("Chiềng En", 1).Claims);
        Assert.Equal([18m], claim.Target!.Parts);
        Assert.Equal([27.5m], claim.Result!.Parts);
        Assert.Equal(152.7m, claim.Percent);
    }

    [Fact]
    public void A_percent_without_a_space_and_with_thousands_is_read()
    {
        var admission = Statement("Chiềng En", 20).Claims[^1];
        Assert.Equal("trong đó kết nạp Đảng: 133/30 đảng viên,đạt 443,3%", admission.Quote);
        Assert.Equal("30 | 133 | 443.3", Figures(admission));

        var poverty = Assert.Single(Statement("Chiềng En", 11).Claims);
        Assert.Equal("1.4 | 17.07 | 1219.2", Figures(poverty));
    }

    [Fact]
    public void Two_stated_percents_in_one_statement_are_two_claims()
    {
        var claims = Statement("Chiềng En", 18).Claims;
        Assert.Equal(2, claims.Count);
        Assert.Equal("1500 | 2381 | 158.7", Figures(claims[0]));
        Assert.Equal("37 | 42 | 113.5", Figures(claims[1]));
        Assert.StartsWith("tỷ lệ độ che phủ rừng", claims[1].Words, StringComparison.Ordinal);
    }

    [Fact]
    public void A_target_then_ket_qua_then_a_result_is_one_claim_with_the_verdict_beside_it()
    {
        var statement = Statement("Pú Bẩu", 2);
        var claim = Assert.Single(statement.Claims);
        Assert.Equal("30 | 25.4 | ", Figures(claim));
        Assert.Equal((TargetStatus.NotMet, "Chưa đạt chỉ tiêu"), (statement.Verdict, statement.VerdictQuote));
    }

    [Theory]
    [InlineData("Pú Bẩu", 11, TargetStatus.Exceeded)] // "Vượt chỉ tiêu" with no full stop
    [InlineData("Pú Bẩu", 4, TargetStatus.Exceeded)]  // the verdict on the next paragraph
    [InlineData("Pú Bẩu", 1, TargetStatus.Met)]       // "đạt chỉ tiêu." in lower case
    [InlineData("Bó Sinh", 5, TargetStatus.NotMet)]   // "Không đạt chỉ tiêu"
    [InlineData("Chiềng En", 5, TargetStatus.NotMet)] // "không đạt chỉ tiêu Nghị quyết"
    public void Verdict_phrases_are_read(string commune, int ordinal, TargetStatus verdict) =>
        Assert.Equal(verdict, Statement(commune, ordinal).Verdict);

    [Fact]
    public void A_statement_without_a_verdict_phrase_has_none() => Assert.Null(Statement("Chiềng En", 1).Verdict);

    [Fact]
    public void A_statement_continued_on_the_next_paragraph_is_one_statement()
    {
        var water = Statement("Chiềng En", 16);
        Assert.EndsWith("hợp vệ sinh: Đạt 100% so với Nghị quyết đại hội.", water.Text, StringComparison.Ordinal);
        Assert.Equal(100m, Assert.Single(water.Claims).Percent);
    }

    [Fact]
    public void A_pair_after_ket_qua_is_the_result_and_states_the_target_only_when_nothing_before_does()
    {
        // "15/19 tiêu chí …, kết quả đạt 12/19 tiêu chí": 12 of the 19 criteria; the target is 15, not 19.
        var criteria = Assert.Single(Statement("Bó Sinh", 5).Claims);
        Assert.Equal(" | 12 | ", Figures(criteria));
        var budget = Assert.Single(Statement("Pú Bẩu", 1).Claims);
        Assert.Equal([80m], budget.Result!.Parts);
    }

    [Fact]
    public void A_lone_result_over_target_is_a_claim()
    {
        var cooperatives = Assert.Single(Statement("Chiềng En", 5).Claims);
        Assert.Equal("2 | 0 | ", Figures(cooperatives));
        var training = Assert.Single(Statement("Pú Bẩu", 25).Claims); // "đạt 100%/100%"
        Assert.Equal("100 | 100 | ", Figures(training));
    }

    [Fact]
    public void Paragraphs_beyond_the_limit_are_not_read_and_the_read_says_so()
    {
        var paragraphs = SeedReportText.Lines;
        var chiengEnOpening = paragraphs.ToList().FindIndex(p => p.StartsWith("Đại hội Đảng bộ xã Chiềng En cũ", StringComparison.Ordinal));
        // Everything up to the opening, "2.1. Chỉ tiêu về kinh tế" and three statements: one section of three statements.
        var read = NarrativeReader.Read(paragraphs, new NarrativeLimits { MaxParagraphs = chiengEnOpening + 1 + 1 + 3 });
        Assert.True(read.Truncated);
        var section = Assert.Single(read.Sections);
        Assert.Equal([1, 2, 3], section.Statements.Select(s => s.Ordinal));
    }

    [Fact]
    public void Statements_beyond_the_limit_are_not_read()
    {
        var read = NarrativeReader.Read(SeedReportText.Lines, new NarrativeLimits { MaxStatementsPerSection = 5 });
        Assert.True(read.Truncated);
        Assert.All(read.Sections, s => Assert.Equal(5, s.Statements.Count));
    }

    [Fact]
    public void A_huge_paragraph_is_cut_to_the_limit_and_never_taken_for_a_heading()
    {
        var huge = "2.1. Đối với xã Chiềng En (có biểu số 01 kèm theo)" + new string('x', 50_000);
        var read = NarrativeReader.Read([huge], new NarrativeLimits { MaxParagraphCharacters = 1_000 });
        Assert.True(read.Truncated);
        Assert.Empty(read.Sections);
    }

    [Fact]
    public void A_statement_packed_with_claims_up_to_the_paragraph_limit_is_read_in_linear_time()
    {
        // 20,000 characters of "1/2 cây, đạt 50% so với NQ; ": about 700 claims, each its own.
        var packed = "1. " + string.Concat(Enumerable.Repeat("1/2 cây, đạt 50% so với NQ; ", 700));
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var read = NarrativeReader.Read(["1. Đối với xã Chiềng En (có biểu số 01 kèm theo)", packed]);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), clock.Elapsed.ToString());
        Assert.Equal(700, Assert.Single(Assert.Single(read.Sections).Statements).Claims.Count);
    }

    [Fact]
    public void Text_without_sections_reads_to_none() =>
        Assert.Empty(NarrativeReader.Read(["Phần thứ nhất", "BỐI CẢNH VÀ TÌNH HÌNH", "1. Khái quát chung"]).Sections);

    [Theory]
    [InlineData("2.3. Đối với xã Bó Sinh cũ (có biểu số 03 kèm theo)", "Bó Sinh", true)]
    [InlineData("2.1. Đối với xã Chiềng En (có biểu số 01 kèm theo)", "Chiềng En", false)]
    public void A_heading_says_whether_it_is_the_old_commune(string text, string commune, bool former)
    {
        var heading = SectionHeading.Read(text)!;
        Assert.Equal((commune, former), (heading.Commune, heading.Former));
    }
}
