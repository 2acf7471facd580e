using System.Text.Json.Serialization;
using Pipeline.Core.Reporting;

namespace Pipeline.Core.Consolidation;

/// <summary>Whether a commune's line in the province rollup has a scored annex. Wire strings "scored" and "missing".</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<ProvinceCommuneStatus>))]
public enum ProvinceCommuneStatus
{
    /// <summary>Its newest scored upload for the term gives the line's counts.</summary>
    Scored,

    /// <summary>No annex for the term yet.</summary>
    Missing,
}
