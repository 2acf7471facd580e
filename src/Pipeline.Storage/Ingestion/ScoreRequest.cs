namespace Pipeline.Storage.Ingestion;

/// <summary>The queue message asking for one parsed annex of an upload to be scored.</summary>
public sealed record ScoreRequest(string UploadId, int AnnexIndex);
