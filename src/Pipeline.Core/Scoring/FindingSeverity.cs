using System.Text.Json.Serialization;
using Pipeline.Core.Reporting;

namespace Pipeline.Core.Scoring;

/// <summary>How much a finding matters. Wire strings "info", "warning", "error".</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<FindingSeverity>))]
public enum FindingSeverity
{
    /// <summary>Noted for the reader.</summary>
    Info,

    /// <summary>Worth checking.</summary>
    Warning,

    /// <summary>Serious: the province rollup lists a commune's error-level findings.</summary>
    Error,
}
