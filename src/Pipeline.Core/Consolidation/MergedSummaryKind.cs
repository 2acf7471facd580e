using System.Text.Json.Serialization;
using Pipeline.Core.Reporting;

namespace Pipeline.Core.Consolidation;

/// <summary>
/// The kind of a merged commune's summary, always "merged": the commune summary endpoint answers either
/// an ordinary summary (kind "results" or "targets-only") or a merged one, and clients tell them apart by kind.
/// </summary>
[JsonConverter(typeof(CamelCaseEnumConverter<MergedSummaryKind>))]
public enum MergedSummaryKind
{
    /// <summary>A commune formed by a merger: its predecessors side by side.</summary>
    Merged,
}
