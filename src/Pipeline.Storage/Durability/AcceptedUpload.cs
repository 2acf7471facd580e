using Pipeline.Storage.Uploads;

namespace Pipeline.Storage.Durability;

/// <summary>An upload as it was accepted: what storage must hold for it to be processed.</summary>
/// <param name="Upload">The record as first written (status received, or rejected at once).</param>
/// <param name="Metadata">The original blob's metadata (ASCII, as written).</param>
/// <param name="Content">The original file's bytes (at most the upload limit, 5 MB).</param>
public sealed record AcceptedUpload(UploadRecord Upload, IReadOnlyDictionary<string, string> Metadata, ReadOnlyMemory<byte> Content);
