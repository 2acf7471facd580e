using System.Text.Json;
using Pipeline.Core.Periods;
using Pipeline.Core.Reading;
using Pipeline.Core.Units;

namespace Pipeline.Core.Tests.Progress;

public class ReportingPeriodTests
{
    [Theory]
    [InlineData("2026", PeriodKind.Year, 2026)]
    [InlineData(" Mid-Term ", PeriodKind.MidTerm, null)]
    [InlineData("term", PeriodKind.Term, null)]
    public void Periods_are_read_from_their_written_form(string text, PeriodKind kind, int? year)
    {
        Assert.True(ReportingPeriod.TryParse(text, out var period));
        Assert.Equal((kind, year), (period.Kind, period.Year));
        Assert.Equal(text.Trim().ToLowerInvariant(), period.ToString());
        Assert.Equal(kind switch { PeriodKind.Year => $"năm {year}", PeriodKind.MidTerm => "giữa nhiệm kỳ", _ => "cả nhiệm kỳ" }, period.ToVietnamese());
    }

    [Theory]
    [InlineData("")]
    [InlineData("26")]
    [InlineData("2026-2027")]
    [InlineData("1899")]
    [InlineData("năm 2026")]
    public void Anything_else_is_not_a_period(string text) => Assert.False(ReportingPeriod.TryParse(text, out _));

    [Fact]
    public void A_year_of_the_term_comes_after_its_first_year()
    {
        var term = Term.Parse("2025-2030");
        Assert.False(ReportingPeriod.OfYear(2025).IsYearOf(term)); // the baseline's year
        Assert.True(ReportingPeriod.OfYear(2026).IsYearOf(term));
        Assert.True(ReportingPeriod.OfYear(2030).IsYearOf(term));
        Assert.False(ReportingPeriod.MidTerm.IsYearOf(term));
    }

    [Fact]
    public void On_the_wire_a_period_is_its_written_form() =>
        Assert.Equal("[\"2026\",\"mid-term\"]", JsonSerializer.Serialize(new[] { ReportingPeriod.OfYear(2026), ReportingPeriod.MidTerm }));

    [Theory]
    [InlineData("KẾT QUẢ THỰC HIỆN NĂM 2026", "2026")]
    [InlineData("Báo cáo ước thực hiện năm 2027 các chỉ tiêu Nghị quyết nhiệm kỳ 2025-2030", "2027")]
    [InlineData("SƠ KẾT GIỮA NHIỆM KỲ 2025-2030", "mid-term")]
    [InlineData("CÁC CHỈ TIÊU CHỦ YẾU NHIỆM KỲ 2025 - 2030", "term")]
    // "đến năm 2030" is the target's horizon, "so với năm 2025" a comparison, not the period.
    [InlineData("Mục tiêu đến năm 2030 so với năm 2025, nhiệm kỳ 2025-2030", "term")]
    // 2025 is the term's first year: its result is the baseline, not a year of the term.
    [InlineData("Kết quả thực hiện năm 2025, nhiệm kỳ 2025-2030", "term")]
    // The place and date above an annex ("Chiềng En, ngày 15 tháng 6 năm 2027") date the paper, not the period.
    [InlineData("Chiềng En, ngày 15 tháng 6 năm 2027 — CÁC CHỈ TIÊU NHIỆM KỲ 2025-2030", "term")]
    public void The_titles_state_the_period(string title, string period) =>
        Assert.Equal(ReportingPeriod.Parse(period), PeriodTitle.Read([title], Term.Parse("2025-2030")).Period);

    [Fact]
    public void A_half_year_is_no_period_and_is_said_to_be_so()
    {
        var stated = PeriodTitle.Read(["KẾT QUẢ THỰC HIỆN 6 THÁNG ĐẦU NĂM 2026"], Term.Parse("2025-2030"));
        Assert.Equal(new StatedPeriod(null, 2026), stated);
        Assert.Contains("chưa trọn năm 2026", PeriodTitle.HalfYearNote(2026), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Thực hiện 6 tháng đầu năm 2026", 2026)]
    [InlineData("KẾT QUẢ THỰC HIỆN 9 THÁNG NĂM 2026", 2026)]
    [InlineData("Quý III năm 2027", 2027)]
    [InlineData("6 THÁNG CUỐI NĂM 2026", 2026)]
    [InlineData("Ước thực hiện năm 2026", null)]
    [InlineData("Kết quả thực hiện năm 2026", null)]
    public void Part_of_a_year_is_told_from_a_whole_year(string text, int? year) => Assert.Equal(year, PeriodTitle.PartOfYear(text));
}
