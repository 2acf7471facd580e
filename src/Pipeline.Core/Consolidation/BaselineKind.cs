using System.Text.Json.Serialization;
using Pipeline.Core.Reporting;

namespace Pipeline.Core.Consolidation;

/// <summary>How a new-term target's baseline is formed from its predecessors' actuals. Wire strings "sum" and "range".</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<BaselineKind>))]
public enum BaselineKind
{
    /// <summary>The actuals added up: additive indicators.</summary>
    Sum,

    /// <summary>The lowest and highest actual: rates and per-capita figures, which never add up.</summary>
    Range,
}
