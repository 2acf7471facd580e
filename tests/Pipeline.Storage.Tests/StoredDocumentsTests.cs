using System.Text.Json;
using System.Text.Json.Nodes;
using Pipeline.Core.Annexes;
using Pipeline.Core.Consolidation;
using Pipeline.Core.Reporting;
using Pipeline.Core.Scoring;
using Pipeline.Storage.Consolidations;

namespace Pipeline.Storage.Tests;

/// <summary>
/// Documents written before kinds, statuses, severities and directions were typed (StoredDocuments/:
/// annexes and the merged summary from `pipeline score|summary --json`, province lines and runs in
/// the shape the API documents) read into the enums, and write back unchanged.
/// </summary>
public class StoredDocumentsTests
{
    [Fact]
    public void Annex_reports_read_into_the_enums_and_write_back_unchanged()
    {
        var (annexes, json) = Read<AnnexReport[]>("annex-reports.json");

        var results = annexes[0];
        Assert.Equal(AnnexKind.Results, results.Kind);
        var malnutrition = Assert.Single(results.Targets);
        Assert.Equal((TargetStatus.NotMet, TargetStatus.Exceeded, Direction.Lower), (malnutrition.Status, malnutrition.ReportedStatus, malnutrition.Direction));
        Assert.All(malnutrition.Findings, f => Assert.Equal(FindingSeverity.Error, f.Severity));
        var plan = annexes[1];
        Assert.Equal(AnnexKind.TargetsOnly, plan.Kind);
        Assert.Equal(((TargetStatus?)null, (TargetStatus?)null, Direction.Higher), (plan.Targets[0].Status, plan.Targets[0].ReportedStatus, plan.Targets[0].Direction));

        AssertWritesBack(json, annexes);
    }

    [Fact]
    public void A_merged_summary_reads_into_the_enums_and_writes_back_unchanged()
    {
        var (summary, json) = Read<MergedCommuneSummary>("merged-summary.json");

        Assert.Equal(MergedSummaryKind.Merged, summary.Kind);
        var (summed, ranged) = (summary.Indicators[0], summary.Indicators[1]);
        Assert.Equal((Direction.Higher, TargetStatus.Met, TargetStatus.Exceeded), (summed.Direction, summed.Values[0].Status, summed.Consolidated!.Status));
        Assert.Equal(TargetStatus.Exceeded, ranged.Values[0].Status);
        var targets = summary.NewTermTargets.Targets;
        Assert.Equal((BaselineKind.Sum, FindingSeverity.Warning), (targets[0].Baseline!.Kind, targets[0].Finding!.Severity));
        Assert.Equal(BaselineKind.Range, targets[1].Baseline!.Kind);

        AssertWritesBack(json, summary);
    }

    [Fact]
    public void Province_lines_read_into_the_enums_and_write_back_unchanged()
    {
        var (lines, json) = Read<ProvinceCommune[]>("province-communes.json");

        Assert.Equal(
            [(ProvinceCommuneStatus.Scored, (AnnexKind?)AnnexKind.Results), (ProvinceCommuneStatus.Scored, AnnexKind.TargetsOnly), (ProvinceCommuneStatus.Missing, null)],
            lines.Select(l => (l.Status, l.AnnexKind)));
        Assert.Equal(FindingSeverity.Error, Assert.Single(lines[0].Errors).Severity);

        AssertWritesBack(json, lines);
    }

    [Fact]
    public void Consolidation_runs_read_into_the_enums_and_write_back_unchanged()
    {
        var (runs, json) = Read<ConsolidationRun[]>("consolidation-runs.json");

        Assert.Equal(
            [(ConsolidationTrigger.Schedule, ConsolidationRunStatus.Succeeded), (ConsolidationTrigger.Units, ConsolidationRunStatus.Failed), (ConsolidationTrigger.Request, ConsolidationRunStatus.Running)],
            runs.Select(r => (r.Trigger, r.Status)));

        AssertWritesBack(json, runs);
    }

    private static (T Value, string Json) Read<T>(string name)
    {
        var json = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "StoredDocuments", name));
        return (JsonSerializer.Deserialize<T>(json, StorageJson.Options)!, json);
    }

    private static void AssertWritesBack<T>(string stored, T value)
    {
        var written = JsonSerializer.Serialize(value, StorageJson.Options);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(stored), JsonNode.Parse(written)), $"Written differently:\n{written}");
    }
}
