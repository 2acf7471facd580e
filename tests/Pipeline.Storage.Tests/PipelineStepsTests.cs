using Azure.Data.Tables;
using Azure.Storage.Blobs.Models;
using Microsoft.Extensions.DependencyInjection;
using Pipeline.Core.Catalogue;
using Pipeline.Core.Scoring;
using Pipeline.Core.Units;
using Pipeline.Storage.Access;
using Pipeline.Storage.Consolidations;
using Pipeline.Storage.Durability;
using Pipeline.Storage.Ingestion;
using Pipeline.Storage.Scoring;
using Pipeline.Storage.Uploads;
using Pipeline.Testing;
using Pipeline.Workbooks;

namespace Pipeline.Storage.Tests;

/// <summary>
/// The pipeline steps against a real Azurite over HTTP, driven by hand (the hosts' triggers
/// call exactly these methods): upload → parse → score, refusals, repeats and supersession.
/// Each test uploads into a province of its own (the seed's communes, without their merger), so
/// the shared emulator's other data cannot touch what it reads.
/// </summary>
[Collection("Azurite")]
public sealed class PipelineStepsTests(AzuriteFixture azurite)
{
    private static readonly CommuneRegistry Seed = CommuneRegistry.LoadFile(RepositoryLayout.Sample("registry.json"));
    private readonly string _province = $"tinh-{Guid.NewGuid():N}"[..20];

    private CommuneId PuBau => new(_province, "pu-bau");

    private CommuneId ChiengEn => new(_province, "chieng-en");

    private CommuneId BoSinhOld => new(_province, "bo-sinh-cu");

    private CommuneId BoSinh => new(_province, "bo-sinh");

    /// <summary>The seed's registry and this test's own province.</summary>
    private CommuneRegistry Registry
    {
        get
        {
            var (province, errors) = ProvinceUnitsValidator.Validate(new ProvinceUnits(_province, "Tỉnh thử",
                [new("bo-sinh", "Bó Sinh"), new("chieng-en", "Chiềng En"), new("pu-bau", "Pú Bẩu"), new("bo-sinh-cu", "Bó Sinh (cũ)")], []));
            Assert.Empty(errors);
            return Seed.With(province!);
        }
    }

    private Task<OpenedPipeline> OpenAsync() =>
        OpenedPipeline.OpenAsync(azurite.ConnectionString, Registry, IndicatorCatalogue.Default);

    private static Task<(UploadRecord? Upload, SubmissionResult.Refused? Refusal)> UploadAsync(OpenedPipeline storage, CommuneId commune, string term, byte[] file,
        string name = "bieu.xlsx", CommuneId? officerOf = null) =>
        storage.UploadAsync(commune, term, file, name, officerOf: officerOf);


    private static async Task ProcessAsync(OpenedPipeline storage, UploadRecord upload)
    {
        await storage.Ingestion.ParseAsync(upload.BlobName, CancellationToken.None);
        await ScoreQueueReader.ScoreAllAsync(storage);
    }

    [Fact]
    public async Task A_seed_annex_goes_from_upload_to_scored_with_its_summary_and_rows()
    {
        var storage = await OpenAsync();
        var (upload, refusal) = await UploadAsync(storage, PuBau, "2020-2025", SampleWorkbooks.PuBau.ToBytes(), "Biểu 02 Pú Bẩu.xlsx");
        Assert.Null(refusal);
        Assert.Equal(UploadStatus.Received, upload!.Status);
        Assert.StartsWith($"{_province}/pu-bau/2020-2025/", upload.BlobName, StringComparison.Ordinal);
        Assert.EndsWith(".xlsx", upload.BlobName, StringComparison.Ordinal);

        await ProcessAsync(storage, upload);

        var stored = await storage.Queries.GetUploadAsync(upload.UploadId, CancellationToken.None);
        Assert.Equal(UploadStatus.Scored, stored!.Status);
        Assert.NotNull(stored.ScoredAt);
        var summary = await storage.Queries.GetSummaryAsync(PuBau, "2020-2025", CancellationToken.None);
        Assert.NotNull(summary);
        Assert.Equal(upload.UploadId, summary.UploadId);
        Assert.Equal((8, 9, 9), (summary.Counts.Computed.Exceeded, summary.Counts.Computed.Met, summary.Counts.Computed.NotMet));
        Assert.Contains(summary.Findings, f => f.Ordinal == "23" && f.Code == "reported-status-mismatch" && f.Severity == FindingSeverity.Error);
        var annex = Assert.Single((await storage.Queries.GetTargetsAsync(PuBau, "2020-2025", CancellationToken.None))!.Annexes);
        Assert.Equal(26, annex.Targets.Count);
        Assert.Equal("Pú Bẩu", annex.Commune);

        var properties = await new RawStorage(storage.ConnectionString).Annexes.GetBlobClient(upload.BlobName).GetPropertiesAsync();
        Assert.Equal("Biểu 02 Pú Bẩu.xlsx", Uri.UnescapeDataString(properties.Value.Metadata["originalname"]));
    }

    [Fact]
    public async Task A_damaged_workbook_is_rejected_with_its_code_and_its_original_is_kept()
    {
        var storage = await OpenAsync();
        var (upload, _) = await UploadAsync(storage, ChiengEn, "2020-2025", BadInputs.Truncated());
        Assert.Equal(UploadStatus.Received, upload!.Status); // a zip by its bytes: parsing decides

        await ProcessAsync(storage, upload);

        var stored = await storage.Queries.GetUploadAsync(upload.UploadId, CancellationToken.None);
        Assert.Equal(UploadStatus.Rejected, stored!.Status);
        Assert.Equal("damaged", stored.ErrorCode);
        Assert.Contains("hỏng", stored.ErrorMessage);
        Assert.True((await new RawStorage(storage.ConnectionString).Annexes.GetBlobClient(upload.BlobName).ExistsAsync()).Value);
        Assert.Null(await storage.Queries.GetSummaryAsync(ChiengEn, "2020-2025", CancellationToken.None));
    }

    [Fact]
    public async Task A_file_that_is_no_workbook_by_its_bytes_is_kept_and_rejected_at_once()
    {
        var storage = await OpenAsync();
        var (upload, refusal) = await UploadAsync(storage, ChiengEn, "2020-2025", BadInputs.CsvWithExcelName());
        Assert.Null(refusal);
        Assert.Equal(UploadStatus.Rejected, upload!.Status);
        Assert.Equal("not-a-workbook", upload.ErrorCode);
        Assert.True((await new RawStorage(storage.ConnectionString).Annexes.GetBlobClient(upload.BlobName).ExistsAsync()).Value);

        await storage.Ingestion.ParseAsync(upload.BlobName, CancellationToken.None); // the blob trigger still fires
        Assert.Equal(UploadStatus.Rejected, (await storage.Queries.GetUploadAsync(upload.UploadId, CancellationToken.None))!.Status);
    }

    [Fact]
    public async Task An_upload_for_an_unknown_commune_by_another_communes_officer_is_refused_403()
    {
        var storage = await OpenAsync();
        // An unknown commune is refused 404 by AnnexSubmission only for an officer who speaks for it (AnnexSubmissionTests); any other officer is refused 403 first.
        Assert.Equal(403, (await UploadAsync(storage, new CommuneId("son-la", "khong-co"), "2020-2025", [1, 2, 3], officerOf: PuBau)).Refusal?.Status);
    }

    [Fact]
    public async Task An_upload_for_a_term_that_is_not_two_years_is_refused_400()
    {
        var storage = await OpenAsync();
        Assert.Equal(400, (await UploadAsync(storage, PuBau, "2020", SampleWorkbooks.PuBau.ToBytes())).Refusal?.Status);
    }

    [Fact]
    public async Task An_upload_over_the_limit_is_refused_413_naming_its_real_size()
    {
        var storage = await OpenAsync();
        var huge = new byte[AnnexSubmission.MaxUploadBytes + 1];
        var refusal = (await UploadAsync(storage, PuBau, "2020-2025", huge)).Refusal;
        Assert.Equal(413, refusal?.Status);
        Assert.Contains("(5,1 MB, tối đa 5 MB)", refusal?.Message, StringComparison.Ordinal); // its real size, not the limit's
    }

    [Fact]
    public async Task A_repeated_blob_trigger_and_a_duplicated_message_change_nothing()
    {
        var storage = await OpenAsync();
        var (upload, _) = await UploadAsync(storage, BoSinhOld, "2020-2025", SampleWorkbooks.BoSinh.ToBytes());
        await storage.Ingestion.ParseAsync(upload!.BlobName, CancellationToken.None);
        await storage.Ingestion.ParseAsync(upload.BlobName, CancellationToken.None); // fired again
        var handled = await ScoreQueueReader.ScoreAllAsync(storage);
        Assert.Single(handled, r => r.UploadId == upload.UploadId);

        var first = await storage.Queries.GetSummaryAsync(BoSinhOld, "2020-2025", CancellationToken.None);
        var firstUpload = await storage.Queries.GetUploadAsync(upload.UploadId, CancellationToken.None);

        await storage.Scoring.ScoreAsync(new ScoreRequest(upload.UploadId, 0), CancellationToken.None); // delivered twice

        var second = await storage.Queries.GetSummaryAsync(BoSinhOld, "2020-2025", CancellationToken.None);
        Assert.Equal(System.Text.Json.JsonSerializer.Serialize(first), System.Text.Json.JsonSerializer.Serialize(second));
        Assert.Equal(firstUpload, await storage.Queries.GetUploadAsync(upload.UploadId, CancellationToken.None));
        Assert.Equal(18, Assert.Single((await storage.Queries.GetTargetsAsync(BoSinhOld, "2020-2025", CancellationToken.None))!.Annexes).Targets.Count);
    }

    [Fact]
    public async Task A_newer_upload_supersedes_and_a_late_message_about_an_older_one_does_not_overwrite_it()
    {
        var storage = await OpenAsync();
        const string term = "2020-2025";
        var (older, _) = await UploadAsync(storage, PuBau, term, SampleWorkbooks.PuBau.ToBytes());
        await storage.Ingestion.ParseAsync(older!.BlobName, CancellationToken.None);
        var olderMessages = await ScoreQueueReader.TakeAllAsync(storage, delete: false, hold: TimeSpan.FromMinutes(5)); // held back: "late"

        var newer = (await UploadAsync(storage, PuBau, term, SampleWorkbooks.PuBau.ToBytes())).Upload!;
        await ProcessAsync(storage, newer);
        Assert.Equal(newer.UploadId, (await storage.Queries.GetSummaryAsync(PuBau, term, CancellationToken.None))!.UploadId);

        foreach (var message in olderMessages)
            await storage.Scoring.ScoreAsync(AnnexScoring.ReadMessage(message.Body.ToString()), CancellationToken.None);

        var summary = await storage.Queries.GetSummaryAsync(PuBau, term, CancellationToken.None);
        Assert.Equal(newer.UploadId, summary!.UploadId);
        Assert.Equal(26, summary.Targets);
        Assert.Equal(UploadStatus.Scored, (await storage.Queries.GetUploadAsync(older.UploadId, CancellationToken.None))!.Status);
        Assert.True((await new RawStorage(storage.ConnectionString).Annexes.GetBlobClient(older.BlobName).ExistsAsync()).Value); // originals are never removed
    }

    [Fact]
    public async Task A_message_that_keeps_failing_marks_its_upload_failed_with_a_reason()
    {
        var storage = await OpenAsync();
        var (upload, _) = await UploadAsync(storage, ChiengEn, "2020-2025", SampleWorkbooks.ChiengEn.ToBytes());
        await storage.Ingestion.ParseAsync(upload!.BlobName, CancellationToken.None);
        await storage.Scoring.MarkFailedAsync(new ScoreRequest(upload.UploadId, 0), CancellationToken.None);

        var stored = await storage.Queries.GetUploadAsync(upload.UploadId, CancellationToken.None);
        Assert.Equal(UploadStatus.Failed, stored!.Status);
        Assert.Equal("processing-failed", stored.ErrorCode);
        Assert.Contains(upload.UploadId, stored.ErrorMessage);
        await ScoreQueueReader.ScoreAllAsync(storage);
    }

    [Fact]
    public async Task The_province_summaries_are_one_partition_with_every_scored_commune()
    {
        var storage = await OpenAsync();
        const string term = "2020-2025";
        await ProcessAsync(storage, (await UploadAsync(storage, ChiengEn, term, SampleWorkbooks.ChiengEn.ToBytes())).Upload!);
        await ProcessAsync(storage, (await UploadAsync(storage, PuBau, term, SampleWorkbooks.PuBau.ToBytes())).Upload!);
        await ProcessAsync(storage, (await UploadAsync(storage, BoSinhOld, term, SampleWorkbooks.BoSinh.ToBytes())).Upload!);

        var summaries = await storage.Queries.ListProvinceAsync(_province, term, CancellationToken.None);
        Assert.Equal([$"{_province}/bo-sinh-cu", $"{_province}/chieng-en", $"{_province}/pu-bau"], summaries.Select(s => s.Commune).Order(StringComparer.Ordinal));
        Assert.Equal(21 + 30 + 14, summaries.Sum(s => s.Counts.Computed.Exceeded + s.Counts.Computed.Met + s.Counts.Computed.NotMet));
        var uploads = await storage.Queries.ListUploadsAsync(PuBau, 50, CancellationToken.None);
        Assert.Contains(uploads, u => u.Term == term);
    }

    [Fact]
    public async Task A_workbook_with_several_annexes_is_scored_whole_and_served_annex_by_annex()
    {
        var storage = await OpenAsync();
        var workbook = WorkbookWriter.ToBytes(
        [
            SheetSpec.OfLines("Bìa", ["BÁO CÁO TỔNG KẾT", "Đảng bộ xã Chiềng En"]),
            AnnexSheetLayout.ToSheet(SeedAnnexes.ChiengEn, "Biểu 01"),
            AnnexSheetLayout.ToSheet(SeedAnnexes.PuBau, "Biểu 02"),
        ], WorkbookKind.Xlsx);
        var commune = BoSinh;
        var (upload, _) = await UploadAsync(storage, commune, "2020-2025", workbook, "Báo cáo.xlsx");
        await ProcessAsync(storage, upload!);
        // Its annexes' titles name two other communes: held until the clerk confirms they are Bó Sinh's (HeldUploadsTests).
        Assert.Equal(UploadStatus.Held, (await storage.Queries.GetUploadAsync(upload!.UploadId, CancellationToken.None))!.Status);
        Assert.IsType<SubmissionResult.Decided>(await storage.Services.GetRequiredService<HeldUploads>()
            .ConfirmAsync(upload.UploadId, Caller.CommuneOfficer("can-bo@xa", commune), CancellationToken.None));

        var targets = await storage.Queries.GetTargetsAsync(commune, "2020-2025", CancellationToken.None);
        Assert.Equal(["Biểu 01", "Biểu 02"], targets!.Annexes.Select(a => a.Sheet));
        Assert.Equal(upload!.UploadId, targets.UploadId);
        var summary = await storage.Queries.GetSummaryAsync(commune, "2020-2025", CancellationToken.None);
        Assert.Equal((47, 15, 22, 10), (summary!.Targets, summary.Counts.Computed.Exceeded, summary.Counts.Computed.Met, summary.Counts.Computed.NotMet));
    }

    [Fact]
    public async Task An_annex_whose_titles_name_another_commune_or_term_is_scored_held_and_warned_about()
    {
        var storage = await OpenAsync();
        var (upload, _) = await UploadAsync(storage, ChiengEn, "2010-2015", SampleWorkbooks.PuBau.ToBytes(), "Biểu 02.xlsx");
        await ProcessAsync(storage, upload!);

        var stored = await storage.Queries.GetUploadAsync(upload!.UploadId, CancellationToken.None);
        Assert.Equal(UploadStatus.Held, stored!.Status);
        Assert.Null(await storage.Queries.GetSummaryAsync(ChiengEn, "2010-2015", CancellationToken.None)); // not current until confirmed
        Assert.Equal(2, stored.Warnings!.Count);
        Assert.Contains("“Pú Bẩu”", stored.Warnings[0], StringComparison.Ordinal);
        Assert.Contains("xã Chiềng En", stored.Warnings[0], StringComparison.Ordinal);
        Assert.Contains("nhiệm kỳ 2020-2025", stored.Warnings[1], StringComparison.Ordinal);
        // Confirmed, the figures count where the clerk sent them, under the registry's name and the chosen term.
        Assert.IsType<SubmissionResult.Decided>(await storage.Services.GetRequiredService<HeldUploads>()
            .ConfirmAsync(upload.UploadId, Caller.CommuneOfficer("can-bo@xa", ChiengEn), CancellationToken.None));
        var annex = Assert.Single((await storage.Queries.GetTargetsAsync(ChiengEn, "2010-2015", CancellationToken.None))!.Annexes);
        Assert.Equal(("Chiềng En", "2010-2015"), (annex.Commune, annex.Term));
    }

    [Fact]
    public async Task Each_consolidation_run_is_recorded_from_start_to_end()
    {
        var storage = await OpenAsync();
        var run = await storage.Consolidation.StartAsync(ConsolidationTrigger.Request, "province:son-la", "son-la", CancellationToken.None);
        Assert.Equal(ConsolidationRunStatus.Running, (await storage.Consolidation.GetAsync(run.RunId, CancellationToken.None))!.Status);

        var finished = await storage.Consolidation.RunAsync(run, CancellationToken.None);
        var stored = await storage.Consolidation.GetAsync(run.RunId, CancellationToken.None);
        Assert.Equal(ConsolidationRunStatus.Succeeded, stored!.Status);
        Assert.NotNull(stored.FinishedAt);
        Assert.True(stored.FinishedAt >= stored.StartedAt);
        Assert.Equal(finished.RunId, (await storage.Consolidation.RecentAsync(10, CancellationToken.None))[0].RunId);
        Assert.Null(await storage.Consolidation.GetAsync("not-a-run", CancellationToken.None));
    }

    [Fact]
    public async Task An_upload_the_blob_trigger_missed_is_parsed_by_the_redrive_after_its_grace()
    {
        var storage = await OpenAsync();
        var (upload, _) = await UploadAsync(storage, PuBau, "2020-2025", SampleWorkbooks.PuBau.ToBytes());
        await storage.Ingestion.RedriveAsync(upload!.ReceivedAt, upload.ReceivedAt, CancellationToken.None); // within the grace period
        Assert.Equal(UploadStatus.Received, await StatusAsync(storage, upload));

        var report = await storage.Ingestion.RedriveAsync(upload.ReceivedAt.AddSeconds(1), upload.ReceivedAt, CancellationToken.None);
        Assert.True(report.Parsed >= 1);
        Assert.Equal(UploadStatus.Parsed, await StatusAsync(storage, upload));
        await ScoreQueueReader.ScoreAllAsync(storage);
        Assert.Equal(UploadStatus.Scored, await StatusAsync(storage, upload));
    }

    [Fact]
    public async Task A_parsed_upload_whose_score_requests_were_lost_gets_them_again_once_per_grace()
    {
        var storage = await OpenAsync();
        var (upload, _) = await UploadAsync(storage, PuBau, "2020-2025", SampleWorkbooks.PuBau.ToBytes());
        await storage.Ingestion.ParseAsync(upload!.BlobName, CancellationToken.None);
        await ScoreQueueReader.TakeAllAsync(storage); // lost with the emulator, or held by a host that died

        var now = DateTimeOffset.UtcNow;
        await storage.Ingestion.RedriveAsync(DateTimeOffset.MinValue, now.AddMinutes(-1), CancellationToken.None); // parsed just now: not stuck
        var heldFirst = await ScoreQueueReader.TakeAllAsync(storage, delete: false, hold: TimeSpan.FromSeconds(1));
        Assert.DoesNotContain(heldFirst.Select(m => m.Body.ToString()), b => b.Contains(upload.UploadId, StringComparison.Ordinal));
        await ScoreQueueReader.WaitUntilVisibleAgainAsync(storage, heldFirst);
        // The redrive stamps what it re-sends with the real clock: the next drives are "later" only once it has passed their cut-off.
        await Eventually.WaitUntilAsync(() => DateTimeOffset.UtcNow > now.AddSeconds(1), "the clock did not pass the redrive's cut-off", TimeSpan.FromSeconds(5));

        await storage.Ingestion.RedriveAsync(DateTimeOffset.MinValue, now.AddSeconds(1), CancellationToken.None);
        await storage.Ingestion.RedriveAsync(DateTimeOffset.MinValue, now.AddSeconds(1), CancellationToken.None); // driven again just now: not twice
        var heldSecond = await ScoreQueueReader.TakeAllAsync(storage, delete: false, hold: TimeSpan.FromSeconds(1));
        var resent = heldSecond.Select(m => AnnexScoring.ReadMessage(m.Body.ToString())).Where(r => r.UploadId == upload.UploadId).ToArray();
        Assert.Equal([0], resent.Select(r => r.AnnexIndex));
        await ScoreQueueReader.WaitUntilVisibleAgainAsync(storage, heldSecond);
        await ScoreQueueReader.ScoreAllAsync(storage);
        Assert.Equal(UploadStatus.Scored, await StatusAsync(storage, upload));
    }

    [Fact]
    public async Task An_upload_whose_parsed_document_was_lost_is_parsed_again_not_failed()
    {
        var storage = await OpenAsync();
        var (upload, _) = await UploadAsync(storage, PuBau, "2020-2025", SampleWorkbooks.PuBau.ToBytes());
        await storage.Ingestion.ParseAsync(upload!.BlobName, CancellationToken.None);
        await new RawStorage(storage.ConnectionString).Parsed.DeleteBlobAsync($"{upload.UploadId}.json");

        await ScoreQueueReader.ScoreAllAsync(storage); // no exception: the message is done, the upload goes back to "received"
        Assert.Equal(UploadStatus.Received, await StatusAsync(storage, upload));
        await storage.Ingestion.RedriveAsync(DateTimeOffset.UtcNow, DateTimeOffset.MinValue, CancellationToken.None);
        await ScoreQueueReader.ScoreAllAsync(storage);
        Assert.Equal(UploadStatus.Scored, await StatusAsync(storage, upload));
    }

    [Fact]
    public async Task An_upload_whose_original_is_gone_fails_once_with_what_to_do()
    {
        var storage = await OpenAsync();
        var (upload, _) = await UploadAsync(storage, PuBau, "2020-2025", SampleWorkbooks.PuBau.ToBytes());
        await new RawStorage(storage.ConnectionString).Annexes.DeleteBlobAsync(upload!.BlobName);

        var first = await storage.Ingestion.RedriveAsync(DateTimeOffset.UtcNow.AddSeconds(1), DateTimeOffset.MinValue, CancellationToken.None);
        Assert.DoesNotContain(first.Failures, f => f.UploadId == upload.UploadId);
        var failed = await storage.Queries.GetUploadAsync(upload.UploadId, CancellationToken.None);
        Assert.Equal((UploadStatus.Failed, "original-missing"), (failed!.Status, failed.ErrorCode));
        Assert.Contains("tải lên lại", failed.ErrorMessage, StringComparison.Ordinal);
        var pending = await storage.Ingestion.RedriveAsync(DateTimeOffset.UtcNow.AddSeconds(1), DateTimeOffset.UtcNow.AddSeconds(1), CancellationToken.None);
        Assert.DoesNotContain(pending.Failures, f => f.UploadId == upload.UploadId);
    }

    [Fact]
    public async Task An_accepted_upload_storage_lost_is_restored_from_what_was_accepted_and_scored_once()
    {
        var journal = new RecordingJournal();
        var storage = await OpenedPipeline.OpenAsync(azurite.ConnectionString, Registry, IndicatorCatalogue.Default, journal: journal);
        var (upload, _) = await UploadAsync(storage, PuBau, "2020-2025", SampleWorkbooks.PuBau.ToBytes());
        var accepted = Assert.Single(journal.Uploads, u => u.Upload.UploadId == upload!.UploadId);
        Assert.Equal(SampleWorkbooks.PuBau.ToBytes(), accepted.Content.ToArray());

        // The emulator forgets its last seconds: the record and the original are gone.
        var table = new TableClient(azurite.ConnectionString, StorageNames.UploadsTable);
        await table.DeleteEntityAsync(TableKeys.UploadRecord(upload!.UploadId), TableKeys.UploadRecordRow);
        await table.DeleteEntityAsync(TableKeys.PendingUploads, upload.UploadId);
        await new RawStorage(storage.ConnectionString).Annexes.DeleteBlobAsync(upload.BlobName);

        Assert.True(await storage.AcceptedWrites.RestoreUploadAsync(accepted, CancellationToken.None));
        Assert.False(await storage.AcceptedWrites.RestoreUploadAsync(accepted, CancellationToken.None)); // replaying twice changes nothing
        await storage.Ingestion.RedriveAsync(DateTimeOffset.UtcNow.AddSeconds(1), DateTimeOffset.MinValue, CancellationToken.None);
        await ScoreQueueReader.ScoreAllAsync(storage);
        Assert.Equal(UploadStatus.Scored, await StatusAsync(storage, upload));
        Assert.True(await storage.AcceptedWrites.IsFinalAsync(upload.UploadId, CancellationToken.None));
        Assert.Single(await storage.Queries.ListUploadsAsync(PuBau, 100, CancellationToken.None), u => u.UploadId == upload.UploadId);
    }

    [Fact]
    public async Task A_file_name_of_thousands_of_characters_is_kept_shortened_and_the_upload_goes_through()
    {
        var storage = await OpenAsync();
        var (upload, refusal) = await UploadAsync(storage, PuBau, "2020-2025", SampleWorkbooks.PuBau.ToBytes(), new string('ẩ', 5000) + ".xlsx");
        Assert.Null(refusal);
        Assert.Equal(UploadService.MaxFileNameLength, upload!.FileName.Length);
        Assert.EndsWith("….xlsx", upload.FileName, StringComparison.Ordinal);
        await ProcessAsync(storage, upload);
        Assert.Equal(UploadStatus.Scored, await StatusAsync(storage, upload));
    }

    private static async Task<UploadStatus> StatusAsync(OpenedPipeline storage, UploadRecord upload) =>
        (await storage.Queries.GetUploadAsync(upload.UploadId, CancellationToken.None))!.Status;

    /// <summary>Keeps what the upload step says it accepted, as the local host's journal would.</summary>
    private sealed class RecordingJournal : IWriteJournal
    {
        public List<AcceptedUpload> Uploads { get; } = [];

        public Task UploadAcceptedAsync(AcceptedUpload upload, CancellationToken cancellationToken)
        {
            Uploads.Add(upload);
            return Task.CompletedTask;
        }

        public Task DocumentAcceptedAsync(AcceptedDocument document, CancellationToken cancellationToken) => Task.CompletedTask;

        public Task ReviewAcceptedAsync(AcceptedReview review, CancellationToken cancellationToken) => Task.CompletedTask;

        public Task DeadlineAcceptedAsync(AcceptedDeadline deadline, CancellationToken cancellationToken) => Task.CompletedTask;

        public Task<IDisposable> HoldReplayAsync(CancellationToken cancellationToken) => WriteJournal.None.HoldReplayAsync(cancellationToken);
    }

    [Fact]
    public async Task A_score_message_read_before_the_upload_is_recorded_parsed_comes_back_later()
    {
        var storage = await OpenAsync();
        var (upload, _) = await UploadAsync(storage, PuBau, "2020-2025", SampleWorkbooks.PuBau.ToBytes());
        await Assert.ThrowsAsync<InvalidOperationException>(() => storage.Scoring.ScoreAsync(new ScoreRequest(upload!.UploadId, 0), CancellationToken.None));
        await storage.Ingestion.ParseAsync(upload!.BlobName, CancellationToken.None);
        await ScoreQueueReader.ScoreAllAsync(storage);
        Assert.Equal(UploadStatus.Scored, (await storage.Queries.GetUploadAsync(upload.UploadId, CancellationToken.None))!.Status);
    }
}
