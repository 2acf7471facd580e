using System.Text.Json;
using Pipeline.Core.Progress;
using Pipeline.Core.Scoring;
using Pipeline.Local.Commands;
using Pipeline.Workbooks;

namespace Pipeline.Local.Tests;

/// <summary>`progress` on the new Bó Sinh's samples; every figure below worked by hand from SeedAnnexes.BoSinhYears.</summary>
public sealed class ProgressCommandTests
{
    private static readonly string Targets = RepositoryLayout.Sample("bo-sinh-2025-2030-targets.xlsx");
    private static readonly string Year2026 = RepositoryLayout.Sample("bo-sinh-2026-results.xlsx");
    private static readonly string Year2027 = RepositoryLayout.Sample("bo-sinh-2027-results.xlsx");

    private static (int Exit, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = CommandLine.Run(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    private static JsonElement Json()
    {
        var (exit, output, error) = Run("progress", Targets, Year2027, Year2026, "--json");
        Assert.True(exit == ExitCodes.Success, error);
        return JsonDocument.Parse(output).RootElement;
    }

    private static JsonElement Indicator(JsonElement progress, string code) =>
        progress.GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("indicatorCode").GetString() == code);

    private static (decimal? Value, bool Estimate, decimal? Plan, string? PlanStatus, decimal? Share, decimal Expected, string? Assessment) Year(JsonElement indicator, int index)
    {
        var v = indicator.GetProperty("values")[index];
        static decimal? Number(JsonElement e) => e.ValueKind == JsonValueKind.Null ? null : e.GetDecimal();
        static string? Text(JsonElement e) => e.ValueKind == JsonValueKind.Null ? null : e.GetString();
        return (Number(v.GetProperty("value")), v.GetProperty("estimate").GetBoolean(), Number(v.GetProperty("plan")), Text(v.GetProperty("planStatus")),
            Number(v.GetProperty("share")), v.GetProperty("expectedShare").GetDecimal(), Text(v.GetProperty("assessment")));
    }

    [Fact]
    public void The_json_has_the_issue_s_shape_with_the_years_in_order()
    {
        var progress = Json();
        Assert.Equal("Bó Sinh", progress.GetProperty("commune").GetString());
        Assert.Equal("2025-2030", progress.GetProperty("term").GetString());
        Assert.Equal([2026, 2027], progress.GetProperty("periods").EnumerateArray().Select(p => p.GetInt32()));
        // 27 single targets and the composite's two parts (targets 28 and 29 of the targets annex).
        Assert.Equal(29, progress.GetProperty("indicators").GetArrayLength());
        var first = progress.GetProperty("indicators")[0];
        foreach (var name in new[] { "indicatorCode", "name", "unit", "direction", "baseline", "target", "values" })
            Assert.True(first.TryGetProperty(name, out _), name);
    }

    [Fact]
    public void An_additive_indicator_checked_by_hand()
    {
        var budget = Indicator(Json(), "budget-revenue");
        Assert.Equal((420m, 515m), (budget.GetProperty("baseline").GetDecimal(), budget.GetProperty("target").GetDecimal()));
        // 2026: 452 against a plan of 440 (102,7%, exceeded); (452 − 420) / (515 − 420) = 32 / 95 = 0.3368 ≥ 0.2: on track.
        Assert.Equal((452m, false, 440m, "exceeded", 0.3368m, 0.2m, "onTrack"), Year(budget, 0));
        // 2027, estimated: 455 against 460 (98,9%, not met); 35 / 95 = 0.3684: under 0.4, at least 0.4 − 0.5 × 0.4 = 0.2: behind.
        Assert.Equal((455m, true, 460m, "notMet", 0.3684m, 0.4m, "behind"), Year(budget, 1));
    }

    [Fact]
    public void A_rate_checked_by_hand()
    {
        var trained = Indicator(Json(), "trained-labour");
        // 40% → 50%. 2026: 41 against 42 (not met); 1 / 10 = 0.1, at least 0.2 − 0.1: behind.
        Assert.Equal((41m, false, 42m, "notMet", 0.1m, 0.2m, "behind"), Year(trained, 0));
        // 2027: 42 against 44; 2 / 10 = 0.2, exactly 0.4 − 0.2: still behind.
        Assert.Equal((42m, true, 44m, "notMet", 0.2m, 0.4m, "behind"), Year(trained, 1));
    }

    [Fact]
    public void A_lower_is_better_indicator_checked_by_hand()
    {
        var farmLabour = Indicator(Json(), "agricultural-labour-share");
        Assert.Equal("lower", farmLabour.GetProperty("direction").GetString());
        // 68% → 55%. 2026: 65 against a plan of 66, lower is better: 66 / 65 = 101,5%, exceeded; (65 − 68) / (55 − 68) = 3 / 13 = 0.2308 ≥ 0.2.
        Assert.Equal((65m, false, 66m, "exceeded", 0.2308m, 0.2m, "onTrack"), Year(farmLabour, 0));
        // 2027: 64 against 63: 63 / 64 = 98,4%, not met; 4 / 13 = 0.3077, between 0.2 and 0.4: behind.
        Assert.Equal((64m, true, 63m, "notMet", 0.3077m, 0.4m, "behind"), Year(farmLabour, 1));
    }

    [Fact]
    public void The_composite_row_is_followed_per_part_and_targets_met_at_the_start_have_no_share()
    {
        var progress = Json();
        // New members 0 → 130, cumulative: 48 in 2027 against 52 planned; 48 / 130 = 0.3692: behind.
        Assert.Equal((48m, true, 52m, "notMet", 0.3692m, 0.4m, "behind"), Year(Indicator(progress, "new-party-members"), 1));
        // Trained 80% → 100%: 92 against 90; (92 − 80) / 20 = 0.6 ≥ 0.4.
        Assert.Equal((92m, true, 90m, "exceeded", 0.6m, 0.4m, "onTrack"), Year(Indicator(progress, "grassroots-leaders-trained"), 1));
        // Forest cover 30,5% at the start against 30,2%: 30,4 still reached, 30,1 lost it — behind, no share either year.
        var forest = Indicator(progress, "forest-cover");
        Assert.Equal(("reached", "behind"), (Year(forest, 0).Assessment, Year(forest, 1).Assessment));
        Assert.Equal((null, null), (Year(forest, 0).Share, Year(forest, 1).Share));
        // Livestock 17.500 → 20.000: 17.900 in 2027, 400 / 2.500 = 0.16 < 0.2: far behind.
        Assert.Equal("farBehind", Year(Indicator(progress, "large-livestock"), 1).Assessment);
    }

    [Fact]
    public void The_table_is_in_vietnamese_and_counts_the_latest_year()
    {
        var (exit, output, _) = Run("progress", Targets, Year2026, Year2027);
        Assert.Equal(ExitCodes.Success, exit);
        Assert.Contains("tiến độ thực hiện chỉ tiêu nhiệm kỳ 2025-2030", output, StringComparison.Ordinal);
        Assert.Contains("455*", output, StringComparison.Ordinal);
        // 2027: reached OCOP, vaccination, offices; far behind livestock; on track the 11 at or past 0.4; the other 14 behind.
        Assert.Contains("Năm gần nhất: Đã đạt 3, Đúng tiến độ 11, Chậm tiến độ 14, Chậm nhiều 1, Chưa có số liệu đầu kỳ 0", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Another_year_s_results_beside_this_year_s_are_said_to_be_unread()
    {
        var scratch = Directory.CreateTempSubdirectory("pipeline-progress-").FullName;
        try
        {
            var file = Path.Combine(scratch, "bo-sinh-2026-2027.xlsx");
            var table = TwoYearAnnex.Of("KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CHỦ YẾU NĂM 2026", 42);
            File.WriteAllBytes(file, AnnexWorkbook.ToBytes(table));
            var (exit, output, error) = Run("progress", Targets, file, "--json");
            Assert.True(exit == ExitCodes.Success, error);
            // The title's year is read (41 in 2026, not the 2027 column's 42); the 2027 column is said to be unread.
            Assert.Equal(41m, Year(Indicator(JsonDocument.Parse(output).RootElement, "trained-labour"), 0).Value);
            Assert.Contains("(\"TH năm 2027\") không xác định được nội dung nên chưa được đọc", error, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(scratch, recursive: true);
        }
    }

    [Fact]
    public void Titles_of_one_year_over_a_result_column_of_another_are_said_so()
    {
        var scratch = Directory.CreateTempSubdirectory("pipeline-progress-").FullName;
        try
        {
            // Titles "NĂM 2026", columns "KH năm 2027 | TH năm 2027" (Workbooks/YearlyAnnexSheet).
            var file = Path.Combine(scratch, "bo-sinh-2026-or-2027.xlsx");
            var sheet = YearlyAnnexSheet.Of("Biểu", YearlyAnnexSheet.BoSinhTitles("KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CHỦ YẾU NĂM 2026"),
                [["TT", "Chỉ tiêu", "ĐVT", "Chỉ tiêu NQ đến năm 2030", "KH năm 2027", "TH năm 2027"]], [],
                YearlyAnnexSheet.BoSinh2026.Select(r => (IReadOnlyList<object?>)[r.Ordinal, r.Indicator, r.Unit, r.Term, r.Plan, r.Actual]));
            File.WriteAllBytes(file, YearlyAnnexSheet.ToBytes(sheet));
            var (exit, output, error) = Run("progress", Targets, file, "--json");
            Assert.True(exit == ExitCodes.Success, error);
            // Read as its titles' 2026, without the 2027 figures: the budget has no value that year.
            Assert.Equal(JsonValueKind.Null, Indicator(JsonDocument.Parse(output).RootElement, "budget-revenue").GetProperty("values")[0].GetProperty("value").ValueKind);
            Assert.Contains("cột kết quả ghi năm 2027", error, StringComparison.Ordinal);
            Assert.Contains("(\"TH năm 2027\") không xác định được nội dung nên chưa được đọc", error, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(scratch, recursive: true);
        }
    }

    [Fact]
    public void The_table_says_the_notes_on_a_composite_s_figures()
    {
        var note = new ProgressNote(ProgressNoteKind.PartsAmbiguous, "Năm 2026: số liệu \"300\" có thể thuộc nhiều phần", "2026: ambiguous");
        var progress = new CommuneProgress("Bó Sinh", "2025-2030", [2026],
        [
            new IndicatorProgress(null, "Che phủ rừng; trồng cây", "%", Direction.Higher, 32m, 34m,
                [new ProgressValue(2026, null, false, null, null, null, 0.2m, null, "300", note)], 1),
        ]);
        var output = new StringWriter();
        ProgressTableWriter.Write(progress, output);
        Assert.Contains("Lưu ý: Năm 2026: số liệu \"300\" có thể thuộc nhiều phần", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Wrong_files_are_said_so()
    {
        // The targets file twice: its annex is the whole term's, not a year's.
        var (exit, _, error) = Run("progress", Targets, Targets);
        Assert.Equal(ExitCodes.Refused, exit);
        Assert.Contains("not a year of the term 2025-2030", error, StringComparison.Ordinal);
        // A yearly file as the targets file.
        Assert.Equal(ExitCodes.Usage, Run("progress", Year2026, Year2027).Exit);
        Assert.Equal(ExitCodes.Usage, Run("progress", Targets).Exit);
        Assert.Equal(ExitCodes.Usage, Run("progress", Targets, Year2026, "--term", "2025").Exit);
    }
}
