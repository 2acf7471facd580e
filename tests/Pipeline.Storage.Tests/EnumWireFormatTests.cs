using System.Text.Json;
using Pipeline.Api;
using Pipeline.Core.Annexes;
using Pipeline.Core.Consolidation;
using Pipeline.Core.Reporting;
using Pipeline.Core.Scoring;
using Pipeline.Core.Units;
using Pipeline.Storage.Consolidations;

namespace Pipeline.Storage.Tests;

/// <summary>
/// Every enum that reports, summaries and runs carry is written as the string these fields held
/// before they were typed, by every serializer the pipeline uses — with no options too — and those
/// strings read back.
/// </summary>
public class EnumWireFormatTests
{
    public static TheoryData<Enum, string> WireStrings => new()
    {
        { AnnexKind.Results, "results" },
        { AnnexKind.TargetsOnly, "targets-only" },
        { TargetStatus.Exceeded, "exceeded" },
        { TargetStatus.Met, "met" },
        { TargetStatus.NotMet, "notMet" },
        { FindingSeverity.Info, "info" },
        { FindingSeverity.Warning, "warning" },
        { FindingSeverity.Error, "error" },
        { Direction.Higher, "higher" },
        { Direction.Lower, "lower" },
        { MergedSummaryKind.Merged, "merged" },
        { BaselineKind.Sum, "sum" },
        { BaselineKind.Range, "range" },
        { ProvinceCommuneStatus.Scored, "scored" },
        { ProvinceCommuneStatus.Missing, "missing" },
        { ConsolidationRunStatus.Running, "running" },
        { ConsolidationRunStatus.Succeeded, "succeeded" },
        { ConsolidationRunStatus.Failed, "failed" },
        { ConsolidationTrigger.Schedule, "schedule" },
        { ConsolidationTrigger.Request, "request" },
        { ConsolidationTrigger.Units, "units" },
        { ConsolidationTrigger.Recovery, "recovery" },
    };

    private static readonly JsonSerializerOptions?[] Serializers =
        [null, ReportJson.Options, ApiJson.Options, StorageJson.Options, CommuneRegistry.JsonOptions];

    [Theory]
    [MemberData(nameof(WireStrings))]
    public void Each_value_is_written_as_its_wire_string_and_read_back(Enum value, string wire)
    {
        foreach (var options in Serializers)
        {
            Assert.Equal($"\"{wire}\"", JsonSerializer.Serialize(value, value.GetType(), options));
            Assert.Equal(value, JsonSerializer.Deserialize($"\"{wire}\"", value.GetType(), options));
        }
    }

    [Fact]
    public void Wire_names_outside_json_are_the_same_strings()
    {
        Assert.Equal("targets-only", WireName.Of(AnnexKind.TargetsOnly));
        Assert.Equal("notMet", WireName.Of(TargetStatus.NotMet));
        Assert.Equal("succeeded", WireName.Of(ConsolidationRunStatus.Succeeded));
    }

    [Fact]
    public void Directions_still_read_in_any_case_as_catalogues_wrote_them()
    {
        Assert.Equal(Direction.Lower, JsonSerializer.Deserialize<Direction>("\"Lower\""));
        Assert.Equal(Direction.Higher, JsonSerializer.Deserialize<Direction>("\"HIGHER\"", StorageJson.Options));
    }
}
