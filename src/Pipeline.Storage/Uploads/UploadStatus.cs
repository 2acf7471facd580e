namespace Pipeline.Storage.Uploads;

/// <summary>Where an upload stands. Serialised in camelCase ("received").</summary>
public enum UploadStatus
{
    Received,
    Parsed,
    Scored,
    Rejected,
    Failed,
}
