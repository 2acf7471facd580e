using Pipeline.Core.Annexes;
using Pipeline.Core.Catalogue;
using Pipeline.Core.Narrative;
using Pipeline.Core.Reporting;
using Pipeline.Core.Scoring;
using Pipeline.Core.Values;

namespace Pipeline.Core.Tests.Narrative;

/// <summary>
/// A commune section written in the phrasings other reports use (not the seed's), checked against an annex built here:
/// agreeing with its table it gets no finding; with figures deliberately wrong, exactly those are found.
/// </summary>
public class OtherPhrasingsCheckTests
{
    private static AnnexRow Row(int ordinal, string indicator, string unit, string target, string actual, string verdict) =>
        new(10 + ordinal, ordinal.ToString(System.Globalization.CultureInfo.InvariantCulture), null, indicator, unit,
            AnnexValueParser.Parse(target), AnnexValueParser.Parse(actual), AnnexValue.Empty, verdict, Core.Reading.VerdictReader.Read(verdict));

    private static readonly ScoredAnnex MuongLam = TargetScorer.Score(
        new Annex("Biểu 01", "Mường Lầm", "2020-2025", AnnexKind.Results, 9,
        [
            Row(1, "Thu nhập bình quân đầu người/năm", "Triệu đồng", "18", "27,5", "Vượt"),
            Row(2, "Thu ngân sách trên địa bàn", "Tỷ đồng", "20", "29", "Vượt"),
            Row(3, "Tỷ lệ lao động qua đào tạo", "%", "30", "35,2", "Vượt"),
            Row(4, "Kết nạp mới 35 đảng viên trở lên; 100% bí thư chi bộ, tổ trưởng tổ dân phố, trưởng ban công tác mặt trận được tập huấn, bồi dưỡng nghiệp vụ.", "",
                "35 đảng viên và 100%", "109 đảng viên và 100%", "Vượt"),
            Row(5, "Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng", "%", "12", "11,5", "Vượt"),
            Row(6, "Tỷ lệ che phủ rừng", "%", "37", "42", "Vượt"),
            Row(7, "Số bản đạt tiêu chuẩn văn hóa", "%", "100", "100", "Đạt"),
            Row(8, "Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ các loại vacxin", "%", "100", "100", "Đạt"),
            Row(9, "Thành lập mới 02 hợp tác xã", "HTX", "2", "3", "Vượt"),
            Row(10, "Phấn đấu giảm hộ nghèo hằng năm", "%/năm", "2", "2,5", "Vượt"),
            Row(11, "Tỷ lệ người dân sử dụng Internet", "%", "35", "95", "Vượt"),
            Row(12, "Tiêu chí xây dựng nông thôn mới", "Tiêu chí", "15", "15", "Đạt"),
            Row(13, "Tỷ lệ dân số tham gia bảo hiểm y tế", "%", "95", "96,1", "Vượt"),
            Row(14, "Tỷ lệ hộ được sử dụng điện sinh hoạt", "%", "98", "97", "Không đạt"),
        ]),
        IndicatorCatalogue.Default);

    /// <summary>The section as a report writes it, agreeing with <see cref="MuongLam"/>: 10 exceeded, 3 met, 1 not met.</summary>
    private static readonly string[] Agreeing =
    [
        "2. Kết quả thực hiện các chỉ tiêu Nghị quyết Đại hội nhiệm kỳ 2020-2025",
        "2.1. Đối với xã Mường Lầm (có biểu số 01 kèm theo)",
        "Đại hội đại biểu Đảng bộ xã Mường Lầm lần thứ XXIII, nhiệm kỳ 2020 - 2025 đã đề ra 14 chỉ tiêu; đến nay có 13/14 chỉ tiêu đạt và vượt (trong đó mười chỉ tiêu vượt), 01 chỉ tiêu chưa đạt, cụ thể:",
        "Chỉ tiêu về kinh tế",
        "1. Thu nhập bình quân đầu người đến nay đạt 27,5 triệu đồng/người/năm (NQ: 18 triệu đồng), vượt chỉ tiêu.",
        "2. Thu ngân sách trên địa bàn 20 tỷ đồng, kết quả đạt 29 tỷ đồng, đạt 145%.",
        "3. Tỷ lệ lao động qua đào tạo 30%, kết quả 35,2%, vượt 5,2% so với chỉ tiêu.",
        "4. Kết nạp mới 35 đảng viên trở lên; 100% bí thư chi bộ, trưởng bản được tập huấn, bồi dưỡng nghiệp vụ, kết quả kết nạp 109 đảng viên, 100% bí thư chi bộ, trưởng bản được tập huấn: Vượt chỉ tiêu.",
        "Chỉ tiêu về xã hội",
        "5. Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng giảm xuống dưới 12%, kết quả 11,5%: Vượt chỉ tiêu.",
        "6. Tỷ lệ che phủ rừng đạt 42% (NQ: 37%), bằng 113,5% NQ.",
        "7. Phấn đấu 100% bản đạt tiêu chuẩn văn hóa, kết quả 3/3 bản: Đạt.",
        "8. Tỷ lệ trẻ em dưới 01 tuổi được tiêm chủng đầy đủ 8 loại vắc xin đạt 100%, ước đạt 100%: Đạt chỉ tiêu.",
        "9. Thành lập mới được 03 hợp tác xã (chỉ tiêu NQ 02 HTX), vượt chỉ tiêu.",
        "10. Tỷ lệ hộ nghèo giảm bình quân 2,5%/năm (KH: 2%/năm), giảm 7% so với đầu nhiệm kỳ, đạt 125% so với kế hoạch.",
        "11. Tỷ lệ người dân sử dụng Internet 35%, kết quả đạt 95%: Vượt.",
        "12. Phấn đấu đạt 15/19 tiêu chí nông thôn mới vào năm 2025, kết quả đạt 15/19 tiêu chí, đạt chỉ tiêu.",
        "13. Tỷ lệ dân số tham gia bảo hiểm y tế 95%, kết quả đạt 96,1%, tăng 12% so với đầu nhiệm kỳ; vượt chỉ tiêu.",
        "14. Tỷ lệ hộ được sử dụng điện sinh hoạt 98%, kết quả",
        "97%: chưa đạt.",
        "II- ĐÁNH GIÁ TỔNG QUÁT, NGUYÊN NHÂN VÀ BÀI HỌC KINH NGHIỆM",
        "1. Đánh giá tổng quát",
    ];

    private static CheckedNarrative Check(IEnumerable<string> text) => NarrativeChecker.Check(text, [MuongLam], IndicatorCatalogue.Default);

    [Fact]
    public void Every_statement_is_linked_to_its_row_and_states_figures()
    {
        var section = Assert.Single(Check(Agreeing).Sections);
        Assert.Equal(Enumerable.Range(1, 14).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            section.Statements.Select(s => s.Link.Target?.Row.Ordinal ?? s.Link.Basis.ToString()));
        Assert.All(section.Statements, s => Assert.NotEmpty(s.Statement.Claims));
        Assert.All(section.Statements, s => Assert.All(s.ClaimLinks, l => Assert.True(l.IsLinked)));
    }

    [Fact]
    public void A_section_in_other_phrasings_that_agrees_with_its_table_gets_no_findings()
    {
        var check = Check(Agreeing);
        var opening = check.Sections.Single().Section.Opening!;
        // "… xã Mường Lầm lần thứ XXIII, nhiệm kỳ …": the commune's name ends before "lần thứ".
        Assert.Equal(("Mường Lầm", 14), (opening.Commune, opening.Adopted));
        Assert.Equal(new StatedTally(10, null, 1, "13/14 chỉ tiêu đạt và vượt (trong đó mười chỉ tiêu vượt), 01 chỉ tiêu chưa đạt") { MetOrExceeded = 13, OutOf = 14 },
            opening.Tally);
        Assert.Empty(check.Findings);
    }

    public static TheoryData<string, string, string> WrongFigures => new()
    {
        { "(NQ: 18 triệu đồng)", "(NQ: 16 triệu đồng)", "stated-target-mismatch:1" },
        { "kết quả đạt 29 tỷ đồng, đạt 145%", "kết quả đạt 31 tỷ đồng, đạt 155%", "stated-result-mismatch:2 stated-percent-mismatch:2" },
        { "vượt 5,2% so với chỉ tiêu", "vượt 15% so với chỉ tiêu", "stated-percent-mismatch:3" },
        // The composite row 35 → 109 and 100 → 100, linked through its second part: its first part is compared too.
        { "kết nạp 109 đảng viên", "kết nạp 119 đảng viên", "stated-result-mismatch:4" },
        { "kết quả 11,5%", "kết quả 13,5%", "stated-result-mismatch:5" },
        { "kết quả 3/3 bản", "kết quả 2/3 bản", "stated-result-mismatch:7" },
        { "(chỉ tiêu NQ 02 HTX)", "(chỉ tiêu NQ 04 HTX)", "stated-target-mismatch:9" },
        { "đạt 125% so với kế hoạch", "đạt 135% so với kế hoạch", "stated-percent-mismatch:10" },
        { "kết quả đạt 95%: Vượt.", "kết quả đạt 95%: Chưa đạt.", "stated-verdict-mismatch:11" },
        { "tăng 12% so với đầu nhiệm kỳ; vượt chỉ tiêu", "tăng 12% so với đầu nhiệm kỳ; không đạt chỉ tiêu", "stated-verdict-mismatch:13" },
        { "(trong đó mười chỉ tiêu vượt)", "(trong đó chín chỉ tiêu vượt)", "stated-tally-mismatch:" },
        { "đến nay có 13/14 chỉ tiêu đạt và vượt", "đến nay có 12/14 chỉ tiêu đạt và vượt", "tally-does-not-add-up: stated-tally-mismatch:" },
        { "đã đề ra 14 chỉ tiêu", "đã đề ra 15 chỉ tiêu", "adopted-count-mismatch: tally-does-not-add-up:" },
        { "xã Mường Lầm lần thứ XXIII", "xã Chiềng En lần thứ XXIII", "opening-names-other-commune:" },
        // A reversed pair, with the percent saying so; an amount in a unit a thousand times smaller.
        { "người đến nay đạt 27,5 triệu đồng/người/năm (NQ: 18 triệu đồng), vượt chỉ tiêu", "người/năm: 18/27,5 triệu đồng, đạt 152,7% so với Nghị quyết", "" },
        { "người đến nay đạt 27,5 triệu đồng/người/năm (NQ: 18 triệu đồng), vượt chỉ tiêu", "người/năm: 18/25,5 triệu đồng, đạt 141,7% so với Nghị quyết", "stated-result-mismatch:1 stated-percent-mismatch:1" },
        { "kết quả đạt 29 tỷ đồng, đạt 145%", "kết quả đạt 29.000 triệu đồng, đạt 145%", "" },
        // The same written other ways: "15/19 tiêu chí" counts of the 19 criteria, its 19 no target of 15.
        { "Phấn đấu đạt 15/19 tiêu chí nông thôn mới vào năm 2025, kết quả đạt 15/19 tiêu chí, đạt chỉ tiêu.", "Xã đạt 15/19 tiêu chí nông thôn mới, đạt 100% so với Nghị quyết.", "" },
        { "Phấn đấu đạt 15/19 tiêu chí nông thôn mới vào năm 2025, kết quả đạt 15/19 tiêu chí, đạt chỉ tiêu.", "Xã đạt 15/19 tiêu chí nông thôn mới: Đạt chỉ tiêu.", "" },
        { "Phấn đấu đạt 15/19 tiêu chí nông thôn mới vào năm 2025, kết quả đạt 15/19 tiêu chí, đạt chỉ tiêu.", "Xã đạt 13/19 tiêu chí nông thôn mới: Đạt chỉ tiêu.", "stated-result-mismatch:12" },
        // A percent of another's target in the target's words ("đạt 100% chỉ tiêu huyện giao") is no claim.
        { "2. Thu ngân sách trên địa bàn 20 tỷ đồng, kết quả đạt 29 tỷ đồng, đạt 145%.", "2. Thu ngân sách trên địa bàn đạt 100% chỉ tiêu huyện giao trở lên, kết quả đạt 29 tỷ đồng, đạt 145% chỉ tiêu.", "" },
        // Figures that state no result: changing them changes nothing.
        { "dưới 5 tuổi", "dưới 6 tuổi", "" },
        { "8 loại vắc xin", "10 loại vắc xin", "" },
        { "giảm 7% so với đầu nhiệm kỳ", "giảm 70% so với đầu nhiệm kỳ", "" },
        { "vào năm 2025", "vào năm 2024", "" },
    };

    [Theory]
    [MemberData(nameof(WrongFigures))]
    public void A_figure_changed_in_the_text_is_found_and_nothing_else(string from, string to, string expected)
    {
        var text = Agreeing.ToArray();
        var index = Array.FindIndex(text, p => p.Contains(from, StringComparison.Ordinal));
        Assert.True(index >= 0, from);
        text[index] = text[index].Replace(from, to, StringComparison.Ordinal);
        var found = Check(text).Findings.Select(f => $"{WireName.Of(f.Code)}:{f.Statement}");
        Assert.Equal(expected, string.Join(' ', found));
    }

    [Theory]
    [InlineData("97% và 96%: chưa đạt.", "")]                          // the row's 97 is one of them
    [InlineData("95% và 96%: chưa đạt.", "stated-result-mismatch:14")] // none is the row's
    public void A_statement_of_two_indicators_against_a_row_of_one_disagrees_only_when_none_of_its_figures_is_the_rows(string end, string expected)
    {
        var text = Agreeing.Select(p => p
            .Replace("điện sinh hoạt 98%, kết quả", "điện sinh hoạt 98%, số hộ được xem truyền hình 95%, kết quả", StringComparison.Ordinal)
            .Replace("97%: chưa đạt.", end, StringComparison.Ordinal));
        Assert.Equal(expected, string.Join(' ', Check(text).Findings.Select(f => $"{WireName.Of(f.Code)}:{f.Statement}")));
    }

    [Theory]
    [InlineData("1. Tỷ lệ trường đạt chuẩn quốc gia 80%, kết quả 5/6 trường, đạt 83,3%.", "")] // the share's percent, not of the target
    [InlineData("1. Tỷ lệ trường đạt chuẩn quốc gia 80%, kết quả 4/6 trường, đạt 66,7%.", "stated-result-mismatch:1")]
    public void A_count_of_a_whole_with_its_percent_is_compared_as_a_share(string statement, string expected)
    {
        var schools = TargetScorer.Score(new Annex("Biểu 02", "Mường Lầm", "2020-2025", AnnexKind.Results, 9,
            [Row(1, "Tỷ lệ trường đạt chuẩn quốc gia", "%", "80", "83,3", "Vượt")]), IndicatorCatalogue.Default);
        var check = NarrativeChecker.Check(["1. Đối với xã Mường Lầm (có biểu số 02 kèm theo)", statement], [schools], IndicatorCatalogue.Default);
        Assert.True(check.Sections.Single().Statements.Single().ClaimLinks.Single().IsLinked);
        Assert.Equal(expected, string.Join(' ', check.Findings.Select(f => $"{WireName.Of(f.Code)}:{f.Statement}")));
    }

    /// <summary>The text as a PDF's text layer gives it: each paragraph broken into lines of at most <paramref name="width"/> characters.</summary>
    private static IEnumerable<string> Wrapped(IEnumerable<string> paragraphs, int width)
    {
        foreach (var paragraph in paragraphs)
        {
            var line = "";
            foreach (var word in paragraph.Split(' '))
            {
                if (line.Length > 0 && line.Length + 1 + word.Length > width) { yield return line; line = ""; }
                line = line.Length == 0 ? word : line + " " + word;
            }
            if (line.Length > 0) yield return line;
        }
    }

    [Theory]
    [InlineData(50)]
    [InlineData(70)]
    [InlineData(90)]
    public void The_section_broken_into_lines_reads_the_same(int width)
    {
        Assert.Empty(Check(Wrapped(Agreeing, width)).Findings);
        var wrong = Agreeing.Select(p => p.Replace("kết quả đạt 29 tỷ đồng, đạt 145%", "kết quả đạt 31 tỷ đồng, đạt 155%", StringComparison.Ordinal));
        Assert.Equal("stated-result-mismatch:2 stated-percent-mismatch:2",
            string.Join(' ', Check(Wrapped(wrong, width)).Findings.Select(f => $"{WireName.Of(f.Code)}:{f.Statement}")));
    }

    [Fact]
    public void The_report_object_carries_a_combined_tally_and_a_stated_excess()
    {
        var json = System.Text.Json.JsonDocument.Parse(System.Text.Json.JsonSerializer.Serialize(NarrativeReports.For(Check(Agreeing)), ReportJson.Options)).RootElement;
        var section = json.GetProperty("sections")[0];
        var tally = section.GetProperty("statedTally");
        Assert.Equal(13, tally.GetProperty("metOrExceeded").GetInt32());
        Assert.Equal(10, tally.GetProperty("exceeded").GetInt32());
        Assert.False(tally.TryGetProperty("nearlyMet", out _));
        var training = section.GetProperty("statements")[2].GetProperty("claims")[0];
        Assert.Equal(5.2m, training.GetProperty("excess").GetDecimal());
        Assert.False(section.GetProperty("statements")[0].GetProperty("claims")[0].TryGetProperty("excess", out _));
    }

    [Fact]
    public void A_wrong_figure_is_quoted_beside_its_row()
    {
        var text = Agreeing.Select(p => p.Replace("kết nạp 109 đảng viên", "kết nạp 119 đảng viên", StringComparison.Ordinal));
        var finding = Assert.Single(Check(text).Findings);
        Assert.Equal("4", finding.Row!.Ordinal);
        Assert.Contains("Báo cáo ghi kết quả 119 – 100", finding.Message, StringComparison.Ordinal);
        Assert.Contains("biểu ghi kết quả 109 đảng viên và 100%", finding.Message, StringComparison.Ordinal);
    }
}
