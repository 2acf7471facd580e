using Pipeline.Core.Scoring;
using Pipeline.Core.Units;

namespace Pipeline.Storage.Queries;

/// <summary>One commune's current annexes a report's text is checked against (<see cref="ReportAnnexes.ByCommuneAsync"/>).</summary>
/// <param name="Commune">Whose they are.</param>
/// <param name="Term">The term they are current for.</param>
/// <param name="UploadId">The upload they come from: the one the commune's summary for the term stands on.</param>
/// <param name="Annexes">Its annexes, scored with the province's catalogue.</param>
public sealed record ReportedAnnexes(CommuneId Commune, string Term, string UploadId, IReadOnlyList<ScoredAnnex> Annexes);
