using Pipeline.Core.Annexes;

namespace Pipeline.Storage.Ingestion;

/// <summary>The normalised content of an upload, stored as parsed/{uploadId}.json.</summary>
public sealed record ParsedUpload(string UploadId, IReadOnlyList<Annex> Annexes);
