using Pipeline.Core.Scoring;

namespace Pipeline.Core.Narrative;

/// <summary>A disagreement between the report's text and its tables; the report object's <c>findings</c> (<see cref="NarrativeReport"/>), its document text quoted short.</summary>
/// <param name="Commune">The commune of the section it is in (the heading's); empty for a notice about the whole text (no-sections).</param>
/// <param name="Quote">The text's words it is about, through <see cref="Text.Excerpt"/>; empty for a notice about the whole text.</param>
/// <param name="Sheet">The annex it compares with (its sheet), or null when none.</param>
/// <param name="Row">The row it compares with, or null for a section-level finding.</param>
/// <param name="Statement">The number of the statement it is about, or null for a section-level finding.</param>
/// <param name="Correct">Which side to correct.</param>
/// <param name="Message">For the clerk and the province, in Vietnamese: what differs and what to correct.</param>
/// <param name="Detail">For logs and operators, in English.</param>
public sealed record NarrativeFinding(
    NarrativeFindingCode Code,
    FindingSeverity Severity,
    string Commune,
    string Quote,
    string? Sheet,
    AnnexRowReference? Row,
    int? Statement,
    CorrectionSide Correct,
    string Message,
    string Detail);
