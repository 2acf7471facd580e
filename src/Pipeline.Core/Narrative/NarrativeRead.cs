namespace Pipeline.Core.Narrative;

/// <summary>The commune sections read from a report's paragraphs.</summary>
/// <param name="Sections">The sections, in the order of the text; empty when the text has none.</param>
/// <param name="Truncated">
/// True when a limit of <see cref="NarrativeLimits"/> stopped the reading (too many paragraphs, sections
/// or statements, or a paragraph too long): what was read before it stands, the rest was not looked at.
/// </param>
public sealed record NarrativeRead(IReadOnlyList<NarrativeSection> Sections, bool Truncated);
