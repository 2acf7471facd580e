namespace Pipeline.Storage.Ingestion;

/// <summary>What one re-drive pass did.</summary>
/// <param name="Parsed">Uploads parsed again (they were still "received").</param>
/// <param name="Resent">Uploads whose score requests were sent again (they were still "parsed").</param>
/// <param name="Failures">Uploads the pass could not drive, with why; the next pass tries them again.</param>
public sealed record RedriveReport(int Parsed, int Resent, IReadOnlyList<RedriveFailure> Failures);

/// <summary>An upload a re-drive pass could not drive forward.</summary>
public sealed record RedriveFailure(string UploadId, Exception Cause);
