using Pipeline.Core.Units;

namespace Pipeline.Core.Reading;

/// <summary>The annexes of a report that belong to one commune and term (<see cref="AnnexAttribution"/>).</summary>
/// <param name="Commune">Whose annexes they are.</param>
/// <param name="Term">The term they are for ("2020-2025").</param>
/// <param name="Indexes">Their positions among the file's annexes, in reading order; empty for a report that carries none of its own commune's.</param>
/// <param name="IsChosen">True for the commune and term the report was sent for.</param>
public sealed record AnnexPart(CommuneId Commune, string Term, IReadOnlyList<int> Indexes, bool IsChosen);
