using System.Globalization;
using Pipeline.Core.Annexes;
using Pipeline.Core.Narrative;
using Pipeline.Workbooks;

namespace Pipeline.Core.Tests.Narrative;

/// <summary>
/// Target statements written the other ways commune reports write them (docs/reading-and-scoring.md, "The report's
/// narrative"): each read into the target, result, percent of the target and excess it states, and nothing else.
/// </summary>
public class StatementPhrasingTests
{
    /// <summary>"target | result | percent | excess", figures in invariant culture; a count of a whole as "3/3".</summary>
    private static string Figures(TargetStatement statement) => string.Join(" ; ", statement.Claims.Select(claim => string.Create(CultureInfo.InvariantCulture,
        $"{string.Join(" ", claim.Target?.Parts ?? [])} | {string.Join(" ", claim.Result?.Parts ?? [])}{(claim.Result?.Whole is { } whole ? $"/{whole}" : "")} | {claim.Percent} | {claim.Excess}")));

    [Theory]
    // A result beside a percent of the target, without "A/B".
    [InlineData("1. Thu ngân sách trên địa bàn 20 tỷ đồng, kết quả đạt 29 tỷ đồng, đạt 145%.", "20 | 29 | 145 | ")]
    // After a ';' the clause is its own: the target before it is not taken (a ';' as often separates two targets).
    [InlineData("2. Thu ngân sách trên địa bàn đạt 20 tỷ đồng trở lên; ước đạt 29 tỷ đồng, bằng 145% NQ.", " | 29 | 145 | ")]
    // Ages, kinds and years of the indicator's name are never the target or the result.
    [InlineData("3. Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng giảm xuống dưới 12%, kết quả 11,5%.", "12 | 11.5 |  | ")]
    [InlineData("4. Tỷ lệ trẻ em dưới 01 tuổi được tiêm chủng đầy đủ 8 loại vắc xin đạt 100%, ước đạt 100%: Đạt chỉ tiêu.", "100 | 100 |  | ")]
    [InlineData("5. Duy trì 100% trường đạt chuẩn quốc gia mức độ 1 giai đoạn 2020-2025, kết quả 100%.", "100 | 100 |  | ")]
    [InlineData("6. Số sản phẩm OCOP đạt 3 sao trở lên 4 sản phẩm, kết quả 5 sản phẩm: Vượt chỉ tiêu.", "4 | 5 |  | ")]
    [InlineData("7. Thu ngân sách trong 5 năm (2020 - 2025) đạt 175 triệu đồng, kết quả thực hiện 237 triệu đồng.", "175 | 237 |  | ")]
    [InlineData("8. Tỷ lệ người từ 15 đến 60 tuổi biết chữ đạt 98%, đến nay đạt 99,2%.", "98 | 99.2 |  | ")]
    // A target named as one, after the result.
    [InlineData("9. Thu nhập bình quân đầu người đến nay đạt 27,5 triệu đồng/người/năm (NQ: 18 triệu), vượt chỉ tiêu.", "18 | 27.5 |  | ")]
    [InlineData("10. Kết nạp được 53 đảng viên (chỉ tiêu NQ 50 đảng viên), vượt chỉ tiêu.", "50 | 53 |  | ")]
    [InlineData("11. Tỷ lệ che phủ rừng đạt 42% (NQ: 37%), bằng 113,5% NQ.", "37 | 42 | 113.5 | ")]
    [InlineData("12. Tỷ lệ che phủ rừng: chỉ tiêu 37%, thực hiện 42%, đạt 113,5% so với Nghị quyết.", "37 | 42 | 113.5 | ")]
    // A change in an amount against another time; a named target at the end.
    [InlineData("25. Thu nhập bình quân đầu người năm 2025 ước đạt 45 triệu đồng/người/năm, tăng 20 triệu đồng so với năm 2020, vượt chỉ tiêu Nghị quyết đề ra (NQ 40 triệu đồng).", "40 | 45 |  | ")]
    // "Chỉ tiêu … ; thực hiện …; đạt …%": the percent after the result is no second result.
    [InlineData("26. Thu nhập bình quân đầu người: chỉ tiêu 18 triệu đồng; thực hiện: 27,5 triệu đồng; đạt 152,7%.", "18 | 27.5 |  | ")]
    [InlineData("27. Tỷ lệ dân số tham gia bảo hiểm y tế đạt 98,5%/KH 95%.", "95 | 98.5 |  | ")]
    [InlineData("28. Tốc độ tăng trưởng kinh tế bình quân đạt 7,5%/năm (NQ đề ra 7-8%).", "7 8 | 7.5 |  | ")]
    // A percent of another's target in the target's words is no claim, and no target figure.
    [InlineData("29. Thu ngân sách đạt 100% chỉ tiêu huyện giao trở lên, kết quả đạt 29 tỷ đồng, đạt 120% chỉ tiêu.", " | 29 | 120 | ")]
    // A pair written target over result: the percent beside it says so.
    [InlineData("24. Thu nhập bình quân đầu người: 18/27,5 triệu đồng, đạt 152,7% so với NQ.", "18 | 27.5 | 152.7 | ")]
    // Percents of the target, and how far beyond it.
    [InlineData("13. Tỷ lệ hộ được sử dụng điện đạt 98%: 98,5%, đạt 100,5% so với Nghị quyết.", "98 | 98.5 | 100.5 | ")]
    [InlineData("14. Đạt 98% so với Nghị quyết.", " |  | 98 | ")]
    [InlineData("15. Tỷ lệ lao động qua đào tạo 30%, kết quả 35,2%, vượt 5,2% so với chỉ tiêu.", "30 | 35.2 |  | 5.2")]
    [InlineData("16. Thu ngân sách ước thực hiện đạt 98% kế hoạch.", " |  | 98 | ")]
    // A change against another time is no percent of the target and no result.
    [InlineData("17. Tỷ lệ dân số tham gia bảo hiểm y tế 95%, kết quả đạt 96,1%, tăng 12% so với đầu nhiệm kỳ.", "95 | 96.1 |  | ")]
    [InlineData("18. Tỷ lệ hộ nghèo giảm bình quân 2,5%/năm (KH: 2%/năm), giảm 7% so với đầu nhiệm kỳ, đạt 125% so với kế hoạch.", "2 | 2.5 | 125 | ")]
    [InlineData("19. Giá trị sản xuất nông nghiệp đạt 112% so với năm 2020.", "")]
    // A result given as a count of a whole.
    [InlineData("20. Phấn đấu 100% bản đạt tiêu chuẩn văn hóa, kết quả 3/3 bản: Đạt.", " | 3/3 |  | ")]
    [InlineData("21. Thôn có nhà văn hóa đạt chuẩn: 3/3 thôn.", "3 | 3/3 |  | ")]
    // Nothing states a role for the figure: nothing is claimed.
    [InlineData("22. Tỷ lệ gia đình văn hóa đạt 80%: Đạt chỉ tiêu.", "")]
    [InlineData("23. Hằng năm 100% chi bộ hoàn thành tốt nhiệm vụ trở lên theo Quyết định số 05-QĐ/TU.", "")]
    [InlineData("30. Tỷ lệ hộ dùng nước sạch theo mục tiêu 2025 là 95%, kết quả đạt 96%.", "95 | 96 |  | ")] // a year is no named target
    [InlineData("31. Thu ngân sách theo kế hoạch thực hiện 2025: 20 tỷ đồng, kết quả đạt 29 tỷ đồng.", "20 | 29 |  | ")]
    public void A_statement_is_read_into_what_it_states_and_nothing_else(string text, string expected) =>
        Assert.Equal(expected, Figures(StatementReader.Read(text)));

    [Theory]
    [InlineData("1. Tỷ lệ lao động qua đào tạo 30%, kết quả đạt 25,4%: Chưa đạt chỉ tiêu.", TargetStatus.NotMet)]
    [InlineData("1. Tỷ lệ lao động qua đào tạo 30%, kết quả đạt 25,4%: Chưa đạt.", TargetStatus.NotMet)]
    [InlineData("1. Tỷ lệ lao động qua đào tạo 30%, kết quả đạt 25,4% (không đạt)", TargetStatus.NotMet)]
    [InlineData("1. Tỷ lệ lao động qua đào tạo 30%, kết quả đạt 35%, vượt", TargetStatus.Exceeded)]
    [InlineData("1. Tỷ lệ lao động qua đào tạo 30%, kết quả đạt 35% - Vượt.", TargetStatus.Exceeded)]
    [InlineData("1. Thu ngân sách 20 tỷ đồng, kết quả 29 tỷ đồng, hoàn thành vượt mức chỉ tiêu.", TargetStatus.Exceeded)]
    [InlineData("1. Thu ngân sách 20 tỷ đồng, kết quả 19 tỷ đồng, chưa hoàn thành chỉ tiêu.", TargetStatus.NotMet)]
    [InlineData("1. Thu ngân sách 20 tỷ đồng, kết quả 20 tỷ đồng, đạt kế hoạch.", TargetStatus.Met)]
    [InlineData("1. Thu ngân sách 20 tỷ đồng, kết quả 20 tỷ đồng Đạt chỉ tiêu Nghị quyết", TargetStatus.Met)]
    public void Verdicts_are_read_with_or_without_a_colon_and_the_words_chi_tieu(string text, TargetStatus verdict) =>
        Assert.Equal(verdict, StatementReader.Read(text).Verdict);

    [Theory]
    [InlineData("1. Tỷ lệ lao động qua đào tạo 30%, kết quả đạt 29,5%: cơ bản đạt chỉ tiêu.")] // basically met: a kind tables do not keep
    [InlineData("1. Tỷ lệ lao động qua đào tạo 30%, kết quả đạt 29,5%: cơ bản đạt.")]
    [InlineData("1. Phấn đấu 100% thôn đạt chuẩn, kết quả 100%.")]
    [InlineData("1. Phấn đấu thu ngân sách hằng năm vượt chỉ tiêu huyện giao 10%, kết quả vượt 12%.")] // words of the target
    [InlineData("1. Tỷ lệ thôn đạt chỉ tiêu về thu nhập 80%, kết quả 85%.")]
    public void Words_that_are_no_verdict_give_none(string text) => Assert.Null(StatementReader.Read(text).Verdict);

    [Fact]
    public void A_verdict_before_the_percent_leaves_the_percent_read()
    {
        var statement = StatementReader.Read("1. Thu nhập bình quân đầu người: 27,5/18 triệu đồng, vượt chỉ tiêu (đạt 152,7% so với NQ).");
        Assert.Equal(TargetStatus.Exceeded, statement.Verdict);
        Assert.Equal("18 | 27.5/18 | 152.7 | ", Figures(statement));
    }

    [Fact]
    public void Bo_Sinh_seventh_statement_reads_no_age_as_a_figure()
    {
        // "Tỷ lệ trẻ em dưới 01 tuổi … 100%. Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng 12%, kết quả … 100%. … 16,2%": the
        // ages 1 and 5 belonged to the indicators' names; they were read as "kết quả 1 – 100 – 5 – 16,2".
        var read = NarrativeReader.Read(SeedReportText.Lines);
        var claim = Assert.Single(read.Sections.Single(s => s.Commune == "Bó Sinh").Statements.Single(s => s.Ordinal == 7).Claims);
        Assert.Equal([100m, 12m], claim.Target!.Parts);
        Assert.Equal([100m, 16.2m], claim.Result!.Parts);
        var vaccination = Assert.Single(read.Sections.Single(s => s.Commune == "Pú Bẩu").Statements.Single(s => s.Ordinal == 6).Claims);
        Assert.Equal([100m], vaccination.Target!.Parts);
    }

    [Theory]
    [InlineData("2.1. Đối với xã Mường Lầm (có biểu số 01 kèm theo)", "1. Thu ngân sách 20 tỷ đồng, kết quả 29 tỷ đồng.", "2. Tỷ lệ che phủ rừng 37%, kết quả 42%.")]
    [InlineData("a) Đối với xã Mường Lầm:", "Chỉ tiêu 1: Thu ngân sách 20 tỷ đồng, kết quả 29 tỷ đồng.", "Chỉ tiêu 2: Tỷ lệ che phủ rừng 37%, kết quả 42%.")]
    [InlineData("- Đối với Đảng bộ xã Mường Lầm (biểu số 01)", "1/ Thu ngân sách 20 tỷ đồng, kết quả 29 tỷ đồng.", "2/ Tỷ lệ che phủ rừng 37%, kết quả 42%.")]
    [InlineData("* Đối với xã Mường Lầm", "Chỉ tiêu số 1. Thu ngân sách 20 tỷ đồng, kết quả 29 tỷ đồng.", "1) Tỷ lệ che phủ rừng 37%, kết quả 42%.")]
    public void Sections_and_statements_are_found_however_they_are_numbered(string heading, string first, string second)
    {
        var read = NarrativeReader.Read([heading, first, second.StartsWith("1)", StringComparison.Ordinal) ? "2" + second[1..] : second]);
        var section = Assert.Single(read.Sections);
        Assert.Equal("Mường Lầm", section.Commune);
        Assert.Equal([1, 2], section.Statements.Select(s => s.Ordinal));
        Assert.Equal("20 | 29 |  |  ; 37 | 42 |  | ", string.Join(" ; ", section.Statements.Select(Figures)));
    }

    [Fact]
    public void Bulleted_lines_under_a_statement_are_clauses_of_their_own()
    {
        var read = NarrativeReader.Read(
        [
            "1. Đối với xã Mường Lầm (có biểu số 01 kèm theo)",
            "1. Các chỉ tiêu về kinh tế:",
            "- Thu nhập bình quân đầu người: 27,5/18 triệu đồng, đạt 152,7% so với NQ",
            "- Thu ngân sách trên địa bàn: 237/175 triệu đồng, đạt 135,4% so với NQ.",
        ]);
        var statement = Assert.Single(Assert.Single(read.Sections).Statements);
        Assert.Equal("18 | 27.5/18 | 152.7 |  ; 175 | 237/175 | 135.4 | ", Figures(statement));
        Assert.Equal("Thu ngân sách trên địa bàn", statement.Claims[1].Words.Split(':')[0].TrimStart('-', ' '));
    }

    [Theory]
    [InlineData("đạt 5%, ")]                  // percents no words make the target's: none is claimed
    [InlineData("kết quả đạt 5 ha, đạt 5%; ")] // each a claim
    [InlineData("(NQ: 5 ha) ")]
    public void A_statement_packed_to_the_paragraph_limit_is_read_in_linear_time(string piece)
    {
        var packed = "1. " + string.Concat(Enumerable.Repeat(piece, 20_000 / piece.Length));
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var statement = StatementReader.Read(packed);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), clock.Elapsed.ToString()); // as the reader's own packed test: a shared, loaded machine
        Assert.NotNull(statement);
    }

    [Fact]
    public void A_statement_split_over_a_line_break_is_read_whole()
    {
        var read = NarrativeReader.Read(
        [
            "1. Đối với xã Mường Lầm (có biểu số 01 kèm theo)",
            "1. Tỷ lệ lao động qua đào tạo 30%, kết quả",
            "đạt 35,2%, vượt 5,2% so với",
            "chỉ tiêu: Vượt chỉ tiêu.",
        ]);
        var statement = Assert.Single(Assert.Single(read.Sections).Statements);
        Assert.Equal("30 | 35.2 |  | 5.2", Figures(statement));
        Assert.Equal(TargetStatus.Exceeded, statement.Verdict);
    }
}
