using System.Text.Json;
using Pipeline.Local.Commands;
using Pipeline.Workbooks;

namespace Pipeline.Local.Tests;

public sealed class SummaryCommandTests
{
    private static readonly string[] Predecessors =
        [RepositoryLayout.Sample("chieng-en-2020-2025.xlsx"), RepositoryLayout.Sample("pu-bau-2020-2025.xlsx"), RepositoryLayout.Sample("bo-sinh-2020-2025.xlsx")];

    private static (int Exit, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = CommandLine.Run(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    private static JsonElement Indicator(JsonElement summary, string code) =>
        summary.GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("code").GetString() == code);

    [Fact]
    public void The_seed_files_with_the_registry_give_the_consolidated_figures()
    {
        var (exit, output, error) = Run(["summary", .. Predecessors, RepositoryLayout.Sample("bo-sinh-2025-2030-targets.xlsx"),
            "--registry", RepositoryLayout.Sample("registry.json"), "--merged", "son-la/bo-sinh", "--json"]);
        Assert.True(exit == ExitCodes.Success, error);
        var summary = JsonDocument.Parse(output).RootElement;
        Assert.Equal(["Chiềng En", "Pú Bẩu", "Bó Sinh (cũ)"], summary.GetProperty("predecessors").EnumerateArray().Select(p => p.GetProperty("name").GetString()));
        var budget = Indicator(summary, "budget-revenue").GetProperty("consolidated");
        Assert.Equal((455m, 545m), (budget.GetProperty("target").GetDecimal(), budget.GetProperty("actual").GetDecimal()));
        var income = Indicator(summary, "income-per-capita");
        Assert.Equal(JsonValueKind.Null, income.GetProperty("consolidated").ValueKind);
        Assert.Equal((18m, 27.5m), (income.GetProperty("range").GetProperty("actualMin").GetDecimal(), income.GetProperty("range").GetProperty("actualMax").GetDecimal()));
        var computed = summary.GetProperty("totals").GetProperty("counts").GetProperty("computed");
        Assert.Equal((21, 30, 14), (computed.GetProperty("exceeded").GetInt32(), computed.GetProperty("met").GetInt32(), computed.GetProperty("notMet").GetInt32()));
        Assert.Contains(summary.GetProperty("newTermTargets").GetProperty("targets").EnumerateArray(),
            t => t.GetProperty("code").GetString() == "budget-revenue" && t.GetProperty("belowBaseline").GetBoolean());
        // The old Bó Sinh's composite "35 đảng viên và 100%" adds its 109; "HTX" and "Hợp tác xã" add up.
        var members = Indicator(summary, "new-party-members").GetProperty("consolidated");
        Assert.Equal((115m, 296m, false), (members.GetProperty("target").GetDecimal(), members.GetProperty("actual").GetDecimal(), members.GetProperty("partial").GetBoolean()));
        Assert.False(members.TryGetProperty("lacks", out _));
        var cooperatives = Indicator(summary, "new-cooperatives").GetProperty("consolidated");
        Assert.Equal((3m, 1m), (cooperatives.GetProperty("target").GetDecimal(), cooperatives.GetProperty("actual").GetDecimal()));
    }

    [Fact]
    public void A_predecessor_without_a_file_shows_as_missing_in_the_table()
    {
        var (exit, output, _) = Run("summary", Predecessors[0], Predecessors[2], "--registry", RepositoryLayout.Sample("registry.json"), "--merged", "son-la/bo-sinh");
        Assert.Equal(ExitCodes.Success, exit);
        Assert.Contains("Pú Bẩu                 MISSING: no annex", output, StringComparison.Ordinal);
        Assert.Contains("2 of 3 annexes", output, StringComparison.Ordinal);
        Assert.Contains("SUM 465 of 375", output, StringComparison.Ordinal);
        Assert.Contains("SUM 465 of 375 = 124% exceeded (partial: lacks Pú Bẩu)", output, StringComparison.Ordinal);
        Assert.Contains("no targets-only annex given", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_registry_each_results_file_is_a_predecessor()
    {
        var (exit, output, _) = Run(["summary", .. Predecessors, "--name", "Xã thử", "--json"]);
        Assert.Equal(ExitCodes.Success, exit);
        var summary = JsonDocument.Parse(output).RootElement;
        Assert.Equal("Xã thử", summary.GetProperty("communeName").GetString());
        Assert.Equal(3, summary.GetProperty("predecessors").GetArrayLength());
        Assert.Equal(545m, Indicator(summary, "budget-revenue").GetProperty("consolidated").GetProperty("actual").GetDecimal());
        Assert.Equal("2020-2025", summary.GetProperty("baselineTerm").GetString());
    }

    [Fact]
    public void Summary_with_missing_or_contradictory_arguments_exits_with_the_usage_code()
    {
        Assert.Equal(ExitCodes.Usage, Run("summary").Exit);
        Assert.Equal(ExitCodes.Usage, Run("summary", Predecessors[0], "--registry", RepositoryLayout.Sample("registry.json")).Exit);
        Assert.Equal(ExitCodes.Usage, Run("summary", Predecessors[0], "--registry", RepositoryLayout.Sample("registry.json"), "--merged", "son-la/pu-bau").Exit);
        Assert.Equal(ExitCodes.Usage, Run("summary", RepositoryLayout.Sample("bo-sinh-2025-2030-targets.xlsx")).Exit);
    }

    [Fact]
    public void Yearly_annexes_in_the_samples_folder_are_no_predecessors()
    {
        var (exit, _, error) = Run("summary", RepositoryLayout.Samples, "--registry", RepositoryLayout.Sample("registry.json"), "--merged", "son-la/bo-sinh");
        Assert.Equal(ExitCodes.Success, exit);
        // bo-sinh-2026-results.xlsx and bo-sinh-2027-results.xlsx name Bó Sinh too, but report on a year, not a whole term.
        Assert.DoesNotContain("results.xlsx", error, StringComparison.Ordinal);
    }
}
