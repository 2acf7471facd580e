namespace Pipeline.Storage.Uploads;

/// <summary>Stores an annex file that passed every rule of <see cref="AnnexSubmission"/>, and answers its record.</summary>
public interface IUploadReceiver
{
    /// <summary>Records the upload, stores the original (which fires the parse step) and journals it; returns once all of that is durable.</summary>
    Task<UploadRecord> ReceiveAsync(UploadRequest request, CancellationToken cancellationToken);
}
