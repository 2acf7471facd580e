using System.Text.Json.Serialization;
using Pipeline.Core.Reporting;

namespace Pipeline.Core.Narrative;

/// <summary>Which side of a disagreement to correct. Wire strings "text", "table", "both", "either".</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<CorrectionSide>))]
public enum CorrectionSide
{
    /// <summary>The report's text: the table and the figures agree, the text does not.</summary>
    Text,

    /// <summary>The annex table: the text agrees with the figures, the table's own verdicts do not.</summary>
    Table,

    /// <summary>Both: the figures give neither what the text says nor what the table's verdicts say.</summary>
    Both,

    /// <summary>Nothing says which is right: check the source figures and correct the text or the table.</summary>
    Either,
}
