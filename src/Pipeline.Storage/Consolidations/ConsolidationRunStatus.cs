using System.Text.Json.Serialization;
using Pipeline.Core.Reporting;

namespace Pipeline.Storage.Consolidations;

/// <summary>Where a consolidation run stands. Wire strings "running", "succeeded" and "failed", in stored runs and API answers alike.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<ConsolidationRunStatus>))]
public enum ConsolidationRunStatus
{
    /// <summary>Started and not finished.</summary>
    Running,

    /// <summary>Finished; every summary was recomputed.</summary>
    Succeeded,

    /// <summary>Finished; some summaries could not be recomputed (the run's errors say which).</summary>
    Failed,
}
