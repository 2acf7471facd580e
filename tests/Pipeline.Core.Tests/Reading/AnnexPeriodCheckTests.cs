using Pipeline.Core.Annexes;
using Pipeline.Core.Periods;
using Pipeline.Core.Reading;

namespace Pipeline.Core.Tests.Reading;

public class AnnexPeriodCheckTests
{
    private static readonly ReportingPeriod Y2026 = ReportingPeriod.OfYear(2026);
    private static readonly ReportingPeriod Y2027 = ReportingPeriod.OfYear(2027);

    /// <summary>An annex as read: <paramref name="period"/> the one it is read as, <paramref name="stated"/> and <paramref name="halfYear"/> what its titles say.</summary>
    private static Annex Read(ReportingPeriod? period, ReportingPeriod? stated, int? halfYear = null, string sheet = "Biểu 01") =>
        new(sheet, "Bó Sinh", "2025-2030", AnnexKind.Results, 5, [])
        {
            Period = period,
            Titled = new AnnexTitles("Bó Sinh", "2025-2030") { Period = stated, HalfYear = halfYear },
        };

    [Fact]
    public void Without_a_period_chosen_the_file_gives_its_own_and_nothing_is_held()
    {
        var decision = AnnexPeriodCheck.Decide([Read(Y2026, Y2026)], null);
        Assert.Equal((Y2026, (int?)null, false), (decision.Period, decision.HalfYear, decision.Holds));
        Assert.Empty(decision.Warnings);

        // A file stating nothing is the whole term's, as every annex read before periods.
        Assert.Equal(ReportingPeriod.WholeTerm, AnnexPeriodCheck.Decide([Read(ReportingPeriod.WholeTerm, null)], null).Period);
    }

    [Fact]
    public void A_years_report_of_a_year_outside_the_term_is_held_rather_than_standing_as_the_whole_terms_annex()
    {
        // "KẾT QUẢ THỰC HIỆN NĂM 2025" sent for 2025–2030: 2025 is the term's baseline, no year of it.
        var stated = PeriodTitle.Read(["KẾT QUẢ THỰC HIỆN NĂM 2025"], Pipeline.Core.Units.Term.Parse("2025-2030"));
        Assert.Equal(((ReportingPeriod?)null, (int?)2025), (stated.Period, stated.OtherYear));
        // With the term in its titles it is the term's annex that mentions a year: nothing to say.
        Assert.Null(PeriodTitle.Read(["NHIỆM KỲ 2025-2030", "KẾT QUẢ THỰC HIỆN NĂM 2025"], Pipeline.Core.Units.Term.Parse("2025-2030")).OtherYear);

        var annex = Read(ReportingPeriod.WholeTerm, null) with { Titled = new AnnexTitles("Bó Sinh", null) { OtherYear = 2025 } };
        var decision = AnnexPeriodCheck.Decide([annex], null);
        Assert.True(decision.Holds);
        Assert.Contains("năm 2025, không phải một năm của nhiệm kỳ 2025-2030", Assert.Single(decision.Warnings), StringComparison.Ordinal);
    }

    [Fact]
    public void A_years_results_of_a_year_outside_the_term_it_is_read_for_are_held_with_a_warning_to_send_them_again()
    {
        // The new Bó Sinh's 2026 results sent, without a period, for Chiềng En's 2020–2025: 2026 is no year of that term.
        var annex = Read(Y2026, Y2026) with { Term = "2020-2025" };
        var decision = AnnexPeriodCheck.Decide([annex], null);
        Assert.True(decision.Holds);
        Assert.Contains("năm 2026, không phải một năm của nhiệm kỳ 2020-2025", Assert.Single(decision.Warnings), StringComparison.Ordinal);
        // The same year read for its own term holds nothing.
        Assert.False(AnnexPeriodCheck.Decide([Read(Y2026, Y2026)], null).Holds);
    }

    [Fact]
    public void A_half_year_report_without_a_period_counts_for_none_and_is_said_not_to_be_a_years_result()
    {
        var decision = AnnexPeriodCheck.Decide([Read(null, null, halfYear: 2026)], null);
        Assert.Equal(((ReportingPeriod?)null, (int?)2026, false), (decision.Period, decision.HalfYear, decision.Holds));
        Assert.Contains("chưa trọn năm 2026", Assert.Single(decision.Warnings), StringComparison.Ordinal);
    }

    [Fact]
    public void A_chosen_period_the_titles_agree_with_or_do_not_state_holds_nothing()
    {
        Assert.False(AnnexPeriodCheck.Decide([Read(Y2026, Y2026)], Y2026).Holds);
        var silent = AnnexPeriodCheck.Decide([Read(Y2026, null)], Y2026);
        Assert.Equal((Y2026, false), (silent.Period, silent.Holds));
        Assert.Empty(silent.Warnings);
    }

    [Fact]
    public void A_chosen_period_the_titles_contradict_is_held_with_both_named()
    {
        var decision = AnnexPeriodCheck.Decide([Read(Y2026, Y2027)], Y2026);
        Assert.Equal((Y2026, true), (decision.Period, decision.Holds));
        Assert.Equal("Biểu ghi kết quả năm 2027 nhưng được nộp cho kỳ năm 2026. Nếu nhầm, hãy nộp lại và chọn đúng kỳ báo cáo; nếu đúng, hãy xác nhận.",
            Assert.Single(decision.Warnings));

        // The targets sent as a year's results, and a half-year report sent as a year's: held too.
        Assert.True(AnnexPeriodCheck.Decide([Read(Y2026, ReportingPeriod.WholeTerm)], Y2026).Holds);
        var half = AnnexPeriodCheck.Decide([Read(Y2026, null, halfYear: 2026)], Y2026);
        Assert.True(half.Holds);
        Assert.Contains("chưa trọn năm 2026", Assert.Single(half.Warnings), StringComparison.Ordinal);
    }

    [Fact]
    public void Two_periods_in_one_file_sent_without_one_take_the_first_and_are_held()
    {
        var decision = AnnexPeriodCheck.Decide([Read(ReportingPeriod.WholeTerm, ReportingPeriod.WholeTerm, sheet: "Chỉ tiêu"), Read(Y2026, Y2026, sheet: "Năm 2026")], null);
        Assert.Equal((ReportingPeriod.WholeTerm, true), (decision.Period, decision.Holds));
        Assert.Contains("cả nhiệm kỳ, năm 2026", Assert.Single(decision.Warnings), StringComparison.Ordinal);
    }
}
