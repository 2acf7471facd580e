using System.Text.Json.Serialization;
using Pipeline.Core.Reporting;

namespace Pipeline.Core.Annexes;

/// <summary>What an annex holds. Wire strings "results" and "targets-only" (kebab-case, as reports always wrote it).</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<AnnexKind>))]
public enum AnnexKind
{
    /// <summary>Targets with achieved values: the end-of-term report.</summary>
    Results,

    /// <summary>Targets only: a new term's plan, with no achieved column.</summary>
    [JsonStringEnumMemberName("targets-only")]
    TargetsOnly,
}
