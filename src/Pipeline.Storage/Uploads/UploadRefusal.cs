namespace Pipeline.Storage.Uploads;

/// <summary>Why an upload was not accepted at all (nothing was stored). Status is the HTTP status to answer with.</summary>
public sealed record UploadRefusal(int Status, string Code, string Message);
