using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using Pipeline.Core.Units;

namespace Pipeline.Storage.Uploads;

/// <summary>
/// The Uploads table: one entity per upload (partition = upload id, a point read), and an
/// index entity per commune and term (partition = "commune|{province}/{commune}") for "my
/// past uploads" as a single-partition query.
/// </summary>
public sealed class UploadStore(TableClient table)
{
    private const string RecordRow = "upload";

    // Uploads not yet parsed, one partition, so a sweeper finds them without scanning the table.
    private const string PendingPartition = "pending";

    public async Task AddAsync(UploadRecord upload, CancellationToken cancellationToken)
    {
        if (upload.Status == UploadStatus.Received)
            await table.UpsertEntityAsync(new TableEntity(PendingPartition, upload.UploadId), TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
        await table.AddEntityAsync(ToEntity(upload), cancellationToken).ConfigureAwait(false);
        var index = new TableEntity(IndexPartition(upload.Commune), upload.UploadId) { ["Term"] = upload.Term };
        await table.UpsertEntityAsync(index, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
    }

    public async Task<UploadRecord?> GetAsync(string uploadId, CancellationToken cancellationToken)
    {
        var response = await table.GetEntityIfExistsAsync<TableEntity>(uploadId, RecordRow, cancellationToken: cancellationToken).ConfigureAwait(false);
        return response.HasValue ? FromEntity(response.Value!) : null;
    }

    public async Task UpdateAsync(UploadRecord upload, CancellationToken cancellationToken)
    {
        await table.UpsertEntityAsync(ToEntity(upload), TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
        if (upload.Status == UploadStatus.Received) return;
        try
        {
            await table.DeleteEntityAsync(PendingPartition, upload.UploadId, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            // Already gone: a repeated step.
        }
    }

    /// <summary>Ids of uploads still waiting to be parsed, received before <paramref name="before"/>.</summary>
    public async Task<IReadOnlyList<string>> ListPendingAsync(DateTimeOffset before, CancellationToken cancellationToken)
    {
        var cutoff = UploadIds.New(before)[..18]; // ids start with their receive time
        var ids = new List<string>();
        await foreach (var entity in table.QueryAsync<TableEntity>(e => e.PartitionKey == PendingPartition, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (string.CompareOrdinal(entity.RowKey, cutoff) < 0) ids.Add(entity.RowKey);
        }
        return ids;
    }

    /// <summary>The commune's uploads, newest first.</summary>
    public async Task<IReadOnlyList<UploadRecord>> ListAsync(CommuneId commune, int max, CancellationToken cancellationToken)
    {
        var ids = new List<string>();
        await foreach (var entity in table.QueryAsync<TableEntity>(e => e.PartitionKey == IndexPartition(commune), cancellationToken: cancellationToken).ConfigureAwait(false))
            ids.Add(entity.RowKey);
        var uploads = new List<UploadRecord>();
        foreach (var id in ids.OrderDescending(StringComparer.Ordinal).Take(max))
        {
            if (await GetAsync(id, cancellationToken).ConfigureAwait(false) is { } upload) uploads.Add(upload);
        }
        return uploads;
    }

    // Table keys may not hold "/": the id is written with "|".
    private static string IndexPartition(CommuneId commune) => $"commune|{commune.Province}|{commune.Commune}";

    private static TableEntity ToEntity(UploadRecord u) => new(u.UploadId, RecordRow)
    {
        ["Province"] = u.Commune.Province,
        ["Commune"] = u.Commune.Commune,
        ["Term"] = u.Term,
        ["FileName"] = u.FileName,
        ["Uploader"] = u.Uploader,
        ["BlobName"] = u.BlobName,
        ["ReceivedAt"] = u.ReceivedAt,
        ["Status"] = u.Status.ToString(),
        ["ErrorCode"] = u.ErrorCode,
        ["ErrorMessage"] = u.ErrorMessage,
        ["AnnexCount"] = u.AnnexCount,
        ["ScoredAt"] = u.ScoredAt,
        ["Warnings"] = u.Warnings is { Count: > 0 } warnings ? JsonSerializer.Serialize(warnings, StorageJson.Options) : null,
    };

    private static UploadRecord FromEntity(TableEntity e) => new(
        e.PartitionKey,
        new CommuneId(e.GetString("Province"), e.GetString("Commune")),
        e.GetString("Term"),
        e.GetString("FileName"),
        e.GetString("Uploader"),
        e.GetString("BlobName"),
        e.GetDateTimeOffset("ReceivedAt") ?? DateTimeOffset.MinValue,
        Enum.Parse<UploadStatus>(e.GetString("Status")),
        e.GetString("ErrorCode"),
        e.GetString("ErrorMessage"),
        e.GetInt32("AnnexCount") ?? 0,
        e.GetDateTimeOffset("ScoredAt"),
        e.GetString("Warnings") is { } warnings ? JsonSerializer.Deserialize<string[]>(warnings, StorageJson.Options) : null);
}
