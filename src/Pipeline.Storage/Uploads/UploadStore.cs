using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using Pipeline.Core.Periods;
using Pipeline.Core.Units;

namespace Pipeline.Storage.Uploads;

/// <summary>
/// The Uploads table: one entity per upload (<see cref="TableKeys.UploadRecord"/>, a point read),
/// an index entity per commune (<see cref="TableKeys.CommuneUploads"/>) for "my past uploads" as
/// a single-partition query, and a pending entry (<see cref="TableKeys.PendingUploads"/>) per
/// upload not final yet.
/// </summary>
public sealed class UploadStore(TableClient table)
{
    // Uploads not yet final (received or parsed) share one partition, so a re-drive finds them
    // without scanning the table. Each entry says when the upload was last driven forward.
    private const string DrivenAtColumn = "DrivenAt";

    private const string ParsedColumn = "Parsed";

    /// <summary>Records a new upload (its record, its commune index entry, and a pending entry unless it is already final).</summary>
    /// <exception cref="RequestFailedException">409 when the upload id is already recorded.</exception>
    public async Task AddAsync(UploadRecord upload, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(upload);
        if (!IsFinal(upload.Status)) await MarkDrivenAsync(upload, upload.ReceivedAt, cancellationToken).ConfigureAwait(false);
        await table.AddEntityAsync(ToEntity(upload), cancellationToken).ConfigureAwait(false);
        await IndexAsync(upload, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Makes sure storage holds an accepted upload (after the emulator lost its last writes):
    /// adds the record when it is missing, restores its pending and index entries otherwise.
    /// Returns whether the record itself had to be added.
    /// </summary>
    public async Task<bool> EnsureAsync(UploadRecord upload, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(upload);
        var existing = await GetAsync(upload.UploadId, cancellationToken).ConfigureAwait(false);
        if (existing is null)
        {
            try
            {
                await AddAsync(upload, cancellationToken).ConfigureAwait(false);
                return true;
            }
            catch (RequestFailedException ex) when (ex.Status == 409)
            {
                existing = upload; // added by someone else in between
            }
        }
        if (!IsFinal(existing.Status))
        {
            try
            {
                await table.AddEntityAsync(PendingEntity(existing, existing.ReceivedAt), cancellationToken).ConfigureAwait(false);
            }
            catch (RequestFailedException ex) when (ex.Status == 409)
            {
                // Still pending: keep when it was last driven.
            }
        }
        await IndexAsync(existing, cancellationToken).ConfigureAwait(false);
        return false;
    }

    public async Task<UploadRecord?> GetAsync(string uploadId, CancellationToken cancellationToken)
    {
        var response = await table.GetEntityIfExistsAsync<TableEntity>(TableKeys.UploadRecord(uploadId), TableKeys.UploadRecordRow, cancellationToken: cancellationToken).ConfigureAwait(false);
        return response.HasValue ? FromEntity(response.Value!) : null;
    }

    /// <summary>
    /// Replaces the upload's record. A final upload (scored, rejected, failed) leaves the pending
    /// partition; one still on its way is marked driven at <paramref name="drivenAt"/> when given.
    /// </summary>
    public async Task UpdateAsync(UploadRecord upload, CancellationToken cancellationToken, DateTimeOffset? drivenAt = null)
    {
        ArgumentNullException.ThrowIfNull(upload);
        await table.UpsertEntityAsync(ToEntity(upload), TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
        if (IsFinal(upload.Status))
            await RemovePendingAsync(upload.UploadId, cancellationToken).ConfigureAwait(false);
        else if (drivenAt is { } at)
            await MarkDrivenAsync(upload, at, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Records that the upload was driven forward (parsed, or its score requests sent again) at <paramref name="at"/>.</summary>
    public Task MarkDrivenAsync(UploadRecord upload, DateTimeOffset at, CancellationToken cancellationToken) =>
        table.UpsertEntityAsync(PendingEntity(upload, at), TableUpdateMode.Replace, cancellationToken);

    /// <summary>Forgets a pending entry (its upload is final, or has no record).</summary>
    public async Task RemovePendingAsync(string uploadId, CancellationToken cancellationToken)
    {
        try
        {
            await table.DeleteEntityAsync(TableKeys.PendingUploads, uploadId, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            // Already gone: a repeated step.
        }
    }

    /// <summary>
    /// Uploads not final yet that are due to be driven on, oldest first: still received and last
    /// driven before <paramref name="parseBefore"/>, or parsed and last driven before <paramref name="resendBefore"/>.
    /// </summary>
    public async Task<IReadOnlyList<PendingUpload>> ListPendingAsync(DateTimeOffset parseBefore, DateTimeOffset resendBefore, CancellationToken cancellationToken)
    {
        var pending = new List<PendingUpload>();
        await foreach (var entity in table.QueryAsync<TableEntity>(e => e.PartitionKey == TableKeys.PendingUploads, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            // Entries written before these columns existed are due at once.
            var drivenAt = entity.GetDateTimeOffset(DrivenAtColumn) ?? DateTimeOffset.MinValue;
            var parsed = entity.GetBoolean(ParsedColumn) ?? false;
            if (drivenAt < (parsed ? resendBefore : parseBefore)) pending.Add(new PendingUpload(entity.RowKey, drivenAt));
        }
        pending.Sort((a, b) => string.CompareOrdinal(a.UploadId, b.UploadId)); // ids sort by receive time
        return pending;
    }

    /// <summary>Whether an upload has reached a status no step changes any more.</summary>
    public static bool IsFinal(UploadStatus status) =>
        status is UploadStatus.Scored or UploadStatus.Rejected or UploadStatus.Failed or UploadStatus.Held or UploadStatus.Cancelled;

    private static TableEntity PendingEntity(UploadRecord upload, DateTimeOffset drivenAt) =>
        new(TableKeys.PendingUploads, upload.UploadId) { [DrivenAtColumn] = drivenAt, [ParsedColumn] = upload.Status == UploadStatus.Parsed };

    private Task<Response> IndexAsync(UploadRecord upload, CancellationToken cancellationToken) =>
        table.UpsertEntityAsync(new TableEntity(TableKeys.CommuneUploads(upload.Commune), upload.UploadId) { ["Term"] = upload.Term }, TableUpdateMode.Replace, cancellationToken);

    /// <summary>The commune's uploads, newest first.</summary>
    public async Task<IReadOnlyList<UploadRecord>> ListAsync(CommuneId commune, int max, CancellationToken cancellationToken)
    {
        var ids = new List<string>();
        await foreach (var entity in table.QueryAsync<TableEntity>(e => e.PartitionKey == TableKeys.CommuneUploads(commune), cancellationToken: cancellationToken).ConfigureAwait(false))
            ids.Add(entity.RowKey);
        var uploads = new List<UploadRecord>();
        foreach (var id in ids.OrderDescending(StringComparer.Ordinal).Take(max))
        {
            if (await GetAsync(id, cancellationToken).ConfigureAwait(false) is { } upload) uploads.Add(upload);
        }
        return uploads;
    }

    /// <summary>Every upload of the commune for the term, newest first, however many (the review history lists them all).</summary>
    public async Task<IReadOnlyList<UploadRecord>> ListTermAsync(CommuneId commune, string term, CancellationToken cancellationToken)
    {
        var ids = new List<string>();
        await foreach (var entity in table.QueryAsync<TableEntity>(e => e.PartitionKey == TableKeys.CommuneUploads(commune) && e.GetString("Term") == term,
            select: ["RowKey"], cancellationToken: cancellationToken).ConfigureAwait(false))
            ids.Add(entity.RowKey);
        var uploads = new List<UploadRecord>(ids.Count);
        foreach (var id in ids.OrderDescending(StringComparer.Ordinal))
        {
            if (await GetAsync(id, cancellationToken).ConfigureAwait(false) is { } upload) uploads.Add(upload);
        }
        return uploads;
    }

    private static TableEntity ToEntity(UploadRecord u) => new(TableKeys.UploadRecord(u.UploadId), TableKeys.UploadRecordRow)
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
        ["NeedsConfirmation"] = u.NeedsConfirmation,
        ["ConfirmedBy"] = u.ConfirmedBy,
        ["ConfirmedAt"] = u.ConfirmedAt,
        ["Period"] = u.Period?.ToString(),
        ["PeriodChosen"] = u.PeriodChosen,
        ["HalfYear"] = u.HalfYear,
        ["UploaderCommune"] = u.UploaderCommune?.ToString(),
        ["ReportOf"] = u.ReportOf,
        ["AnnexIndexes"] = u.AnnexIndexes is { } indexes ? JsonSerializer.Serialize(indexes, StorageJson.Options) : null,
        ["Parts"] = u.Parts is { } parts ? JsonSerializer.Serialize(parts, StorageJson.Options) : null,
        ["ReportFindings"] = u.ReportFindings,
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
        e.GetString("Warnings") is { } warnings ? JsonSerializer.Deserialize<string[]>(warnings, StorageJson.Options) : null,
        e.GetBoolean("NeedsConfirmation") ?? false,
        e.GetString("ConfirmedBy"),
        e.GetDateTimeOffset("ConfirmedAt"),
        ReportingPeriod.TryParse(e.GetString("Period"), out var period) ? period : null,
        e.GetBoolean("PeriodChosen") ?? false,
        e.GetInt32("HalfYear"),
        CommuneId.TryParse(e.GetString("UploaderCommune"), out var uploaderCommune) ? uploaderCommune : null,
        e.GetString("ReportOf"),
        e.GetString("AnnexIndexes") is { } indexes ? JsonSerializer.Deserialize<int[]>(indexes, StorageJson.Options) : null,
        e.GetString("Parts") is { } parts ? JsonSerializer.Deserialize<UploadPart[]>(parts, StorageJson.Options) : null,
        e.GetInt32("ReportFindings"));
}
