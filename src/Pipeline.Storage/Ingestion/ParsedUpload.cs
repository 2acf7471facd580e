using Pipeline.Core.Annexes;
using Pipeline.Core.Narrative;

namespace Pipeline.Storage.Ingestion;

/// <summary>The normalised content of an upload, stored as parsed/{uploadId}.json.</summary>
/// <param name="Report">
/// For a report with text (a Word report): its text checked against its tables — all of it on the report's own upload,
/// the part about its annexes on a part (<see cref="NarrativeReport.Of"/>); null for a workbook.
/// </param>
public sealed record ParsedUpload(string UploadId, IReadOnlyList<Annex> Annexes, NarrativeReport? Report = null);
