using Pipeline.Core.Scoring;

namespace Pipeline.Core.Narrative;

/// <summary>The report's sections checked against its annexes: what was read, what it was linked to, what disagrees.</summary>
/// <param name="Truncated">A reading limit stopped the reading (<see cref="NarrativeRead.Truncated"/>).</param>
public sealed record CheckedNarrative(IReadOnlyList<CheckedSection> Sections, IReadOnlyList<NarrativeFinding> Findings, bool Truncated);

/// <summary>A section and the annex it was checked against (null when none was found).</summary>
public sealed record CheckedSection(NarrativeSection Section, ScoredAnnex? Annex, IReadOnlyList<CheckedStatement> Statements);

/// <summary>A statement, the row its words name (for its verdict), and the row each of its claims names, by position.</summary>
public sealed record CheckedStatement(TargetStatement Statement, RowLink Link, IReadOnlyList<RowLink> ClaimLinks);
