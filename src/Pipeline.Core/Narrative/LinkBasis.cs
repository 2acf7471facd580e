using System.Text.Json.Serialization;
using Pipeline.Core.Reporting;

namespace Pipeline.Core.Narrative;

/// <summary>How a statement of the text was linked to its annex row, or why it was not. Wire strings in kebab-case ("indicator-and-ordinal").</summary>
[JsonConverter(typeof(KebabCaseEnumConverter<LinkBasis>))]
public enum LinkBasis
{
    /// <summary>Its words name the catalogue indicator of exactly one row of the annex.</summary>
    Indicator,

    /// <summary>Its words name the indicator of several rows; the one with the statement's number was taken.</summary>
    IndicatorAndOrdinal,

    /// <summary>Neither its words nor the row's match the catalogue; the row with its number shares most of its words.</summary>
    Ordinal,

    /// <summary>Not linked: no annex of the file or upload is the section's commune's.</summary>
    NoAnnex,

    /// <summary>Not linked: its words name no catalogue indicator, and the row with its number does not share them.</summary>
    NotInCatalogue,

    /// <summary>Not linked: no row of the annex has the indicator its words name.</summary>
    NoRowWithIndicator,

    /// <summary>Not linked: several rows have its indicator and none has its number.</summary>
    Ambiguous,
}
