using Pipeline.Core.Catalogue;
using Pipeline.Core.Narrative;
using Pipeline.Core.Reporting;
using Pipeline.Core.Scoring;
using Pipeline.Workbooks;

namespace Pipeline.Core.Tests.Narrative;

/// <summary>
/// The seed report's text checked against its three annexes (the sample workbooks). Every expectation is
/// worked out by hand from the text (SeedReport/bo-sinh-report-2025.txt) and the annex tables
/// (SeedAnnexes.*), by the rules in docs/reading-and-scoring.md, "The report's narrative".
/// </summary>
public class NarrativeCheckerTests
{
    private static readonly Lazy<CheckedNarrative> Seed = new(() =>
        NarrativeChecker.Check(SeedReportText.Lines, SeedReportSamples.Annexes, IndicatorCatalogue.Default));

    private static IEnumerable<NarrativeFinding> Findings(string commune) => Seed.Value.Findings.Where(f => f.Commune == commune);

    private static NarrativeFinding Single(string commune, NarrativeFindingCode code, int? statement = null) =>
        Assert.Single(Findings(commune), f => f.Code == code && f.Statement == statement);

    public static TheoryData<string, string[]> ExpectedFindings => new()
    {
        {
            "Chiềng En",
            [
                // Stated 8/12/1; the table's verdicts 7/13/1, as its figures give: the text is wrong.
                "stated-tally-mismatch::-:text",
                // "17,07/1,4 đạt 1.219,2%" against row 13: 1,4 → 3,84, 274,29%.
                "stated-result-mismatch:11:13:either", "stated-percent-mismatch:11:13:text",
                // "133/30 đảng viên,đạt 443,3%" against row 20: 50 → 133, 266%.
                "stated-target-mismatch:20:20:either", "stated-percent-mismatch:20:20:text",
            ]
        },
        {
            "Pú Bẩu",
            [
                // Stated 5/13/8; table 7/11/8; figures 8/9/9: neither side is right.
                "stated-tally-mismatch::-:both",
                // "Vượt chỉ tiêu" for 62,12 ha of 50: the figures agree with the text, the table says "Đạt".
                "stated-verdict-mismatch:4:4:table",
                // "Đạt chỉ tiêu" for a row of 80 → 100 the table calls "Vượt", as its figures do.
                "stated-verdict-mismatch:13:13:text",
                // 53 admitted in the text, 54 in the table.
                "stated-result-mismatch:19:19:either",
                // Target 20% in the text, 29 in the table; "Chưa đạt" in the text, "Đạt" in the table, 18 of 29 is not met.
                "stated-target-mismatch:23:23:either", "stated-verdict-mismatch:23:23:table",
            ]
        },
        {
            "Bó Sinh",
            [
                // Headed "Bó Sinh cũ", opening "Đại hội Đảng bộ xã Pú Bẩu cũ".
                "opening-names-other-commune::-:text",
                // 7 + 8 + 2 = 17 of the 18 adopted.
                "tally-does-not-add-up::-:text",
                // Stated 7/8/2; table 7/8/3; figures 6/8/4.
                "stated-tally-mismatch::-:both",
                // Malnutrition 16,2% in the text, 16,5 in the table.
                "stated-result-mismatch:7:7:either",
                // "20/43,75%" of villages in the text against 70-50 in the table.
                "stated-target-mismatch:10:10:either",
            ]
        },
    };

    [Theory]
    [MemberData(nameof(ExpectedFindings))]
    public void Every_disagreement_of_the_seed_report_is_found_and_nothing_else(string commune, string[] expected)
    {
        var found = Findings(commune).Select(f =>
            $"{WireName.Of(f.Code)}:{f.Statement}:{f.Row?.Ordinal ?? "-"}:{WireName.Of(f.Correct)}");
        Assert.Equal(expected, found);
    }

    [Fact]
    public void Chieng_En_stated_tally_is_quoted_beside_the_tables_tallies()
    {
        var finding = Single("Chiềng En", NarrativeFindingCode.StatedTallyMismatch);
        Assert.Equal("08 chỉ tiêu vượt, 12 chỉ tiêu đạt, 01 chỉ tiêu không đạt", finding.Quote);
        Assert.Equal(FindingSeverity.Error, finding.Severity);
        Assert.Contains("biểu ghi đánh giá 7 vượt, 13 đạt, 1 không đạt", finding.Message, StringComparison.Ordinal);
        Assert.Contains("sửa báo cáo", finding.Message, StringComparison.Ordinal);
        Assert.Null(finding.Row);
    }

    [Theory]
    [InlineData("Pú Bẩu", "05 chỉ tiêu vượt, 13 chỉ tiêu đạt, 08 chỉ tiêu không đạt", "biểu ghi đánh giá 7 vượt, 11 đạt, 8 không đạt", "tính lại từ số liệu của biểu được 8 vượt, 9 đạt, 9 không đạt")]
    [InlineData("Bó Sinh", "07 chỉ tiêu vượt, 08 chỉ tiêu đạt, 02 chỉ tiêu không đạt", "biểu ghi đánh giá 7 vượt, 8 đạt, 3 không đạt", "tính lại từ số liệu của biểu được 6 vượt, 8 đạt, 4 không đạt")]
    public void Stated_tallies_are_set_beside_the_tables_and_the_figures(string commune, string quote, string table, string computed)
    {
        var finding = Single(commune, NarrativeFindingCode.StatedTallyMismatch);
        Assert.Equal(quote, finding.Quote);
        Assert.Contains(table, finding.Message, StringComparison.Ordinal);
        Assert.Contains(computed, finding.Message, StringComparison.Ordinal);
        Assert.Equal(CorrectionSide.Both, finding.Correct);
    }

    [Fact]
    public void Party_admissions_of_133_of_30_are_set_beside_the_row_whose_target_is_50()
    {
        var target = Single("Chiềng En", NarrativeFindingCode.StatedTargetMismatch, 20);
        Assert.Equal("trong đó kết nạp Đảng: 133/30 đảng viên,đạt 443,3%", target.Quote);
        Assert.Equal(new AnnexRowReference("Biểu 01", target.Row!.SourceRow, "20", "Kết nạp mới 50 đảng viên trở lên;", "new-party-members"), target.Row);
        Assert.Contains("Báo cáo ghi chỉ tiêu 30", target.Message, StringComparison.Ordinal);
        Assert.Contains("biểu ghi chỉ tiêu 50", target.Message, StringComparison.Ordinal);

        // 133 / 50 = 266%: the text's 443,3% is 133 / 30.
        var percent = Single("Chiềng En", NarrativeFindingCode.StatedPercentMismatch, 20);
        Assert.Contains("tỷ lệ đạt là 266%", percent.Message, StringComparison.Ordinal);
        Assert.Equal(CorrectionSide.Text, percent.Correct);
    }

    [Fact]
    public void The_section_whose_opening_names_another_commune_is_found()
    {
        var finding = Single("Bó Sinh", NarrativeFindingCode.OpeningNamesOtherCommune);
        Assert.StartsWith("Đại hội Đảng bộ xã Pú Bẩu cũ nhiệm kỳ 2020-2025", finding.Quote, StringComparison.Ordinal);
        Assert.Contains("nói về xã Bó Sinh", finding.Message, StringComparison.Ordinal);
        Assert.Contains("\"Đảng bộ xã Pú Bẩu\"", finding.Message, StringComparison.Ordinal);
        Assert.Equal(CorrectionSide.Text, finding.Correct);
    }

    [Fact]
    public void A_stated_verdict_is_set_beside_the_tables_and_the_figures_say_which_to_correct()
    {
        var orchard = Single("Pú Bẩu", NarrativeFindingCode.StatedVerdictMismatch, 4);
        Assert.Equal(FindingSeverity.Warning, orchard.Severity); // exceeded against met
        Assert.Contains("sửa đánh giá trong biểu", orchard.Message, StringComparison.Ordinal);
        var excellent = Single("Pú Bẩu", NarrativeFindingCode.StatedVerdictMismatch, 23);
        Assert.Equal(FindingSeverity.Error, excellent.Severity); // not met against met
        Assert.Equal(CorrectionSide.Table, excellent.Correct);
    }

    [Fact]
    public void Statements_link_to_their_rows_by_meaning_even_where_numbers_differ()
    {
        var chiengEn = Seed.Value.Sections.Single(s => s.Section.Commune == "Chiềng En");
        Assert.Equal("Biểu 01", chiengEn.Annex!.Annex.Sheet);
        // Text 6 (schools) is row 7 of the table, text 11 (poverty) row 13, text 16 (water) row 17.
        Assert.Equal([("7", LinkBasis.Indicator), ("13", LinkBasis.Indicator), ("17", LinkBasis.Indicator)],
            new[] { 6, 11, 16 }.Select(n => chiengEn.Statements.Single(s => s.Statement.Ordinal == n).Link).Select(l => (l.Target!.Row.Ordinal, l.Basis)));
        // Text 18's second claim, forest cover 42/37%, is row 19; its first, tree planting, is no row of the table.
        var forest = chiengEn.Statements.Single(s => s.Statement.Ordinal == 18);
        Assert.False(forest.ClaimLinks[0].IsLinked);
        Assert.Equal("19", forest.ClaimLinks[1].Target!.Row.Ordinal);
    }

    [Fact]
    public void A_statement_the_table_has_no_row_for_is_kept_unlinked_and_unchecked()
    {
        var chiengEn = Seed.Value.Sections.Single(s => s.Section.Commune == "Chiềng En");
        // "Đảng bộ, chính quyền, Mặt trận … hoàn thành tốt nhiệm vụ": Chiềng En's table has no such row.
        var organisations = chiengEn.Statements.Single(s => s.Statement.Ordinal == 19);
        Assert.False(organisations.Link.IsLinked);
        Assert.Contains(organisations.Link.Basis, new[] { LinkBasis.NoRowWithIndicator, LinkBasis.NotInCatalogue });
        Assert.DoesNotContain(Seed.Value.Findings, f => f.Commune == "Chiềng En" && f.Statement == 19);
    }

    [Fact]
    public void A_section_without_its_communes_annex_is_said_so_and_not_checked()
    {
        var check = NarrativeChecker.Check(SeedReportText.Lines, [SeedReportSamples.Annexes[0]], IndicatorCatalogue.Default);
        var puBau = check.Sections.Single(s => s.Section.Commune == "Pú Bẩu");
        Assert.Null(puBau.Annex);
        Assert.All(puBau.Statements, s => Assert.Equal(LinkBasis.NoAnnex, s.Link.Basis));
        Assert.Equal([NarrativeFindingCode.SectionWithoutAnnex], check.Findings.Where(f => f.Commune == "Pú Bẩu").Select(f => f.Code));
        // Bó Sinh's opening names Pú Bẩu whatever annexes there are.
        Assert.Equal([NarrativeFindingCode.OpeningNamesOtherCommune, NarrativeFindingCode.SectionWithoutAnnex],
            check.Findings.Where(f => f.Commune == "Bó Sinh").Select(f => f.Code));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_text_without_any_commune_section_says_nothing_was_checked(bool seedInTcvn3)
    {
        // Unrelated text, or the seed's text left in TCVN3 codes ("§èi víi x¸ ChiÒng En"): no "Đối với xã" heading can be read.
        string[] text = seedInTcvn3
            ? [.. SeedReportText.Lines.Select(LegacyTypist.ToTcvn3)]
            : ["Báo cáo chính trị của Ban Chấp hành Đảng bộ xã", "Tình hình kinh tế - xã hội ổn định, quốc phòng - an ninh được giữ vững."];
        var check = NarrativeChecker.Check(text, SeedReportSamples.Annexes, IndicatorCatalogue.Default);
        Assert.Empty(check.Sections);
        var finding = Assert.Single(check.Findings);
        Assert.Equal(NarrativeFindingCode.NoSections, finding.Code);
        Assert.Equal(FindingSeverity.Warning, finding.Severity);
        Assert.Contains("Đối với xã", finding.Message, StringComparison.Ordinal);
        Assert.Equal("no-sections", WireName.Of(finding.Code));

        // The notice goes with the annexes a report sends on, as it is about the whole text.
        var report = NarrativeReports.For(check);
        Assert.Equal([NarrativeFindingCode.NoSections], report.Of(["Bảng 2"]).Findings.Select(f => f.Code));
    }

    [Fact]
    public void A_narrative_that_agrees_with_its_tables_gets_no_findings()
    {
        var check = NarrativeChecker.Check(AgreeingNarrative(), SeedReportSamples.Annexes, IndicatorCatalogue.Default);
        Assert.Equal(3, check.Sections.Count);
        Assert.Empty(check.Findings);
    }

    /// <summary>
    /// The seed text with every disagreement above rewritten to what the tables say (the tables' own verdicts,
    /// where their figures contradict them, are the scorer's findings, not the text's).
    /// </summary>
    private static List<string> AgreeingNarrative()
    {
        var paragraphs = SeedReportText.Lines.ToList();
        void Replace(string startsWith, string from, string to, int offset = 0)
        {
            var index = paragraphs.FindIndex(p => p.StartsWith(startsWith, StringComparison.Ordinal)) + offset;
            Assert.Contains(from, paragraphs[index], StringComparison.Ordinal);
            paragraphs[index] = paragraphs[index].Replace(from, to, StringComparison.Ordinal);
        }
        Replace("Đại hội Đảng bộ xã Chiềng En cũ", "08 chỉ tiêu vượt, 12 chỉ tiêu đạt", "07 chỉ tiêu vượt, 13 chỉ tiêu đạt");
        Replace("11. Phấn đấu giảm hộ nghèo", "17,07/1,4 đạt 1.219,2%", "3,84/1,4 đạt 274,3%");
        Replace("20. Kết nạp mới 133 đảng viên", "133/30 đảng viên,đạt 443,3%", "133/50 đảng viên,đạt 266%");
        Replace("Đại hội Đảng bộ xã Pú Bẩu cũ nhiệm kỳ 2020-2025; nhất trí thông qua 26", "05 chỉ tiêu vượt, 13 chỉ tiêu đạt", "07 chỉ tiêu vượt, 11 chỉ tiêu đạt");
        Replace("4. Phấn đấu trồng mới cây ăn quả", "Vượt chỉ tiêu.", "Đạt chỉ tiêu.", offset: 1);
        Replace("13. Bản đạt tiêu chuẩn", "Đạt chỉ tiêu.", "Vượt chỉ tiêu.");
        Replace("19. Phấn đấu kết nạp đảng viên", "53 đảng viên", "54 đảng viên");
        Replace("23. Đảng viên hoàn thành xuất sắc", "đạt 20%, kết quả", "đạt 29%, kết quả");
        Replace("23. Đảng viên hoàn thành xuất sắc", "Chưa đạt chỉ tiêu.", "Đạt chỉ tiêu.", offset: 1);
        Replace("Đại hội Đảng bộ xã Pú Bẩu cũ nhiệm kỳ 2020-2025; nhất trí thông qua 18", "xã Pú Bẩu cũ", "xã Bó Sinh cũ");
        Replace("Đại hội Đảng bộ xã Bó Sinh cũ nhiệm kỳ 2020-2025; nhất trí thông qua 18", "02 chỉ tiêu không đạt", "03 chỉ tiêu không đạt");
        Replace("7. Tỷ lệ trẻ em dưới 01 tuổi được tiêm chủng đầy đủ các loại vacxin đạt 100%. Tỷ lệ", "suy dinh dưỡng 16,2%", "suy dinh dưỡng 16,5%");
        Replace("10. Tỷ lệ hộ gia đình đạt danh hiệu", "20/43,75% trở lên", "50% trở lên");
        return paragraphs;
    }
}
