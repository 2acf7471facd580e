using Pipeline.Core.Reporting;

namespace Pipeline.Storage.Queries;

/// <summary>
/// What GET /api/communes/{province}/{commune}/targets answers: every annex of the commune's
/// current upload for the term, as the system read and scored it (a workbook may hold several).
/// </summary>
public sealed record CommuneTargets(string Commune, string Term, string UploadId, IReadOnlyList<AnnexReport> Annexes);
