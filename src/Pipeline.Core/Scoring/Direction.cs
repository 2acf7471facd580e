using System.Text.Json.Serialization;
using Pipeline.Core.Reporting;

namespace Pipeline.Core.Scoring;

/// <summary>Which way is good for an indicator. Wire strings "higher" and "lower", in reports and catalogues alike.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<Direction>))]
public enum Direction
{
    /// <summary>More is better: income, coverage, members admitted.</summary>
    Higher,

    /// <summary>Less is better: malnutrition, child marriage, a poverty rate as a level.</summary>
    Lower,
}
