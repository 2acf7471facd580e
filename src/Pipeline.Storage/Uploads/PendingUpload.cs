namespace Pipeline.Storage.Uploads;

/// <summary>An upload on its way (received or parsed) and when it was last driven forward.</summary>
public sealed record PendingUpload(string UploadId, DateTimeOffset DrivenAt);
