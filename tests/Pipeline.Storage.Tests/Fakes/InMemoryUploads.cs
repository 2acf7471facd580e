using Pipeline.Core.Reporting;
using Pipeline.Core.Units;
using Pipeline.Storage.Uploads;

namespace Pipeline.Storage.Tests.Fakes;

/// <summary>Keeps what it is asked to store in a list: shows what passed the rules, and that a refused file stored nothing.</summary>
internal sealed class InMemoryUploads : IUploadReceiver
{
    private readonly List<UploadRequest> _received = [];

    public IReadOnlyList<UploadRequest> Received => _received;

    public Task<UploadRecord> ReceiveAsync(UploadRequest request, CancellationToken cancellationToken)
    {
        _received.Add(request);
        var id = UploadId.New(DateTimeOffset.UnixEpoch.AddDays(_received.Count), 0).Value;
        return Task.FromResult(new UploadRecord(id, request.Commune, request.Term, request.FileName, request.Uploader, $"{request.Commune}/{request.Term}/{id}",
            DateTimeOffset.UnixEpoch, request.Refusal is null ? UploadStatus.Received : UploadStatus.Rejected,
            request.Refusal is null ? null : AnnexReports.CodeOf(request.Refusal), request.Refusal?.Message));
    }
}
