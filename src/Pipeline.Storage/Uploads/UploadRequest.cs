using Pipeline.Core.Units;

namespace Pipeline.Storage.Uploads;

/// <summary>A file a commune officer sends, with what they say it is.</summary>
public sealed record UploadRequest(CommuneId Commune, string Term, string FileName, string Uploader, Stream Content);
