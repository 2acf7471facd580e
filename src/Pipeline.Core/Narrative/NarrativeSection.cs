namespace Pipeline.Core.Narrative;

/// <summary>
/// One commune's section of the report's results: its heading, its opening sentence and its numbered
/// target statements, in order.
/// </summary>
/// <param name="Opening">The first paragraph after the heading that states the congress, the count adopted or the tally; null when none does.</param>
public sealed record NarrativeSection(SectionHeading Heading, SectionOpening? Opening, IReadOnlyList<TargetStatement> Statements)
{
    /// <summary>The commune the heading names.</summary>
    public string Commune => Heading.Commune;
}
