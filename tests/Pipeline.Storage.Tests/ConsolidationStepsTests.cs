using System.Text.Json;
using Pipeline.Core.Annexes;
using Pipeline.Core.Catalogue;
using Pipeline.Core.Consolidation;
using Pipeline.Core.Reporting;
using Pipeline.Core.Scoring;
using Pipeline.Core.Units;
using Pipeline.Storage.Consolidations;
using Pipeline.Storage.Scoring;
using Pipeline.Storage.Uploads;
using Pipeline.Testing;
using Pipeline.Workbooks;

namespace Pipeline.Storage.Tests;

/// <summary>
/// Consolidation on real Azurite: merged-commune summaries and province rollups kept fresh by
/// scoring, recomputed by runs (overlapping ones included), and units replaced through the
/// store. Each test works in a province of its own, so the shared emulator's other data cannot
/// touch its figures.
/// </summary>
[Collection("Azurite")]
public sealed class ConsolidationStepsTests(AzuriteFixture azurite)
{
    private readonly string _province = $"tinh-{Guid.NewGuid():N}"[..20];

    private CommuneId Commune(string slug) => new(_province, slug);

    private ProvinceUnits Units() => new(_province, "Tỉnh thử",
        [new("bo-sinh", "Bó Sinh"), new("chieng-en", "Chiềng En"), new("pu-bau", "Pú Bẩu"), new("bo-sinh-cu", "Bó Sinh (cũ)")],
        [new MergerUnit("bo-sinh", ["chieng-en", "pu-bau", "bo-sinh-cu"], "2025-07-01", "Nghị quyết 1681/NQ-UBTVQH15")]);

    private async Task<OpenedPipeline> OpenAsync()
    {
        var (province, errors) = ProvinceUnitsValidator.Validate(Units());
        Assert.Empty(errors);
        return await OpenedPipeline.OpenAsync(azurite.ConnectionString, CommuneRegistry.Empty.With(province!), IndicatorCatalogue.Default);
    }

    private async Task ScoreAsync(OpenedPipeline storage, string commune, SampleWorkbook workbook, string term = "2020-2025")
    {
        var (upload, refusal) = await storage.UploadAsync(Commune(commune), term, workbook.ToBytes(), Path.GetFileName(workbook.RelativePath));
        Assert.Null(refusal);
        await storage.Ingestion.ParseAsync(upload!.BlobName, CancellationToken.None);
        var parsed = await storage.Queries.GetUploadAsync(upload.UploadId, CancellationToken.None);
        for (var annex = 0; annex < parsed!.AnnexCount; annex++)
            await storage.Scoring.ScoreAsync(new Ingestion.ScoreRequest(upload.UploadId, annex), CancellationToken.None);
    }

    private static ConsolidatedSummaryStore Store(OpenedPipeline storage) => new(new RawStorage(storage.ConnectionString).Table(StorageNames.SummariesTable));

    private static ConsolidatedValue? Budget(MergedCommuneSummary summary) =>
        summary.Indicators.Single(i => i.Code == "budget-revenue").Consolidated;

    [Fact]
    public async Task An_annex_of_thousands_of_flagged_rows_is_scored_and_its_summaries_list_a_few_and_count_them_all()
    {
        // 4,500 rows, each with error findings: listed whole, the commune summary alone would pass the 1 MiB an entity holds.
        var storage = await OpenAsync();
        var (upload, refusal) = await storage.UploadAsync(Commune("pu-bau"), "2020-2025", AnnexWorkbook.ToBytes(LargeAnnex.Flagged(4_500)), "bieu-lon.xlsx");
        Assert.Null(refusal);
        await storage.Ingestion.ParseAsync(upload!.BlobName, CancellationToken.None);
        await storage.Scoring.ScoreAsync(new Ingestion.ScoreRequest(upload.UploadId, 0), CancellationToken.None);
        Assert.Equal(UploadStatus.Scored, (await storage.Queries.GetUploadAsync(upload.UploadId, CancellationToken.None))!.Status);

        var rows = (await storage.Queries.GetTargetsAsync(Commune("pu-bau"), "2020-2025", CancellationToken.None))!.Annexes.Single().Targets;
        Assert.Equal(4_500, rows.Count);
        var onRows = FindingTally.Of(rows.SelectMany(t => t.Findings).Select(f => f.Severity));
        Assert.True(onRows.Error >= 4_500, $"every row is flagged as an error: {onRows}");
        var summary = (await storage.Queries.GetSummaryAsync(Commune("pu-bau"), "2020-2025", CancellationToken.None))!;
        Assert.Equal(onRows, summary.FindingTotals);
        Assert.Equal(SummaryLimits.FindingsListed, summary.Findings.Count);
        Assert.All(summary.Findings, f => Assert.Equal(FindingSeverity.Error, f.Severity));

        var line = (await Store(storage).GetProvinceAsync(_province, "2020-2025", CancellationToken.None))!.Communes.Single(c => c.Name == "Pú Bẩu");
        Assert.Equal(onRows.Error, line.ErrorCount);
        Assert.Equal(SummaryLimits.ErrorsPerProvinceLine, line.Errors.Count);
    }

    [Fact]
    public async Task Scoring_keeps_the_merged_summary_and_the_rollup_fresh_without_a_run()
    {
        var storage = await OpenAsync();
        await ScoreAsync(storage, "chieng-en", SampleWorkbooks.ChiengEn);
        await ScoreAsync(storage, "bo-sinh-cu", SampleWorkbooks.BoSinh);

        var stored = await Store(storage).GetMergedAsync(_province, "bo-sinh", "2020-2025", CancellationToken.None);
        Assert.NotNull(stored);
        Assert.True(stored.Predecessors.Single(p => p.Name == "Pú Bẩu").Missing);
        Assert.Equal(new ConsolidatedValue(375m, 465m, 124m, TargetStatus.Exceeded, true), Budget(stored)! with { Lacks = null });
        Assert.Equal(["Pú Bẩu"], Budget(stored)!.Lacks!); // partial, and says whom it lacks
        var rollup = await Store(storage).GetProvinceAsync(_province, "2020-2025", CancellationToken.None);
        Assert.Equal((3, 2, "Pú Bẩu"), (rollup!.Completeness.Expected, rollup.Completeness.Uploaded, rollup.Completeness.MissingCommunes.Single().Name));

        // Pú Bẩu arrives: both are recomputed at once.
        await ScoreAsync(storage, "pu-bau", SampleWorkbooks.PuBau);
        await ScoreAsync(storage, "bo-sinh", SampleWorkbooks.BoSinhTargets2030, "2025-2030");
        var merged = await Store(storage).GetMergedAsync(_province, "bo-sinh", "2020-2025", CancellationToken.None);
        Assert.Equal(new ConsolidatedValue(455m, 545m, 119.78m, TargetStatus.Exceeded, false), Budget(merged!));
        Assert.Equal((21, 30, 14, 65), (merged!.Totals.Counts.Computed.Exceeded, merged.Totals.Counts.Computed.Met, merged.Totals.Counts.Computed.NotMet, merged.Totals.Targets));
        Assert.Equal(new ConsolidatedValue(857.2m, 999m, 116.54m, TargetStatus.Exceeded, false), merged.Indicators.Single(i => i.Code == "orchard-area").Consolidated);
        Assert.Equal(new ValueRange(10m, 18m, 18m, 27.5m), merged.Indicators.Single(i => i.Code == "income-per-capita").Range);
        Assert.True(merged.NewTermTargets.Targets.Single(t => t.Code == "budget-revenue").BelowBaseline);
        Assert.Equal(100m, (await Store(storage).GetProvinceAsync(_province, "2020-2025", CancellationToken.None))!.Completeness.Rate);
        var newTerm = await Store(storage).GetProvinceAsync(_province, "2025-2030", CancellationToken.None);
        Assert.Equal((1, 1), (newTerm!.Completeness.Expected, newTerm.Completeness.Uploaded));
    }

    [Fact]
    public async Task A_refresh_keeps_a_summary_computed_after_the_change_and_recomputes_an_older_one()
    {
        var storage = await OpenAsync();
        await ScoreAsync(storage, "chieng-en", SampleWorkbooks.ChiengEn);
        var registry = await storage.Units.CurrentAsync(CancellationToken.None);
        var stored = (await Store(storage).GetMergedAsync(_province, "bo-sinh", "2020-2025", CancellationToken.None))!;

        // A change older than the stored summary's inputs: one read, nothing recomputed.
        await storage.Consolidated.RefreshAfterScoringAsync(registry, Commune("pu-bau"), "2020-2025", stored.ComputedAt - TimeSpan.FromSeconds(5), CancellationToken.None);
        Assert.Equal(stored.ComputedAt, (await Store(storage).GetMergedAsync(_province, "bo-sinh", "2020-2025", CancellationToken.None))!.ComputedAt);

        // A change after them: recomputed.
        await storage.Consolidated.RefreshAfterScoringAsync(registry, Commune("pu-bau"), "2020-2025", DateTimeOffset.UtcNow, CancellationToken.None);
        Assert.True((await Store(storage).GetMergedAsync(_province, "bo-sinh", "2020-2025", CancellationToken.None))!.ComputedAt > stored.ComputedAt);
    }

    [Fact]
    public async Task A_summary_read_before_its_refresh_has_stored_it_is_computed_on_the_current_uploads()
    {
        var storage = await OpenAsync();
        await ScoreAsync(storage, "chieng-en", SampleWorkbooks.ChiengEn);
        var registry = await storage.Units.CurrentAsync(CancellationToken.None);
        var merger = registry.FormedBy(Commune("bo-sinh"))!;
        var province = registry.Province(_province)!;
        Assert.True((await storage.Consolidated.GetMergedAsync(registry, merger, CancellationToken.None)).Predecessors.Single(p => p.Commune.EndsWith("/pu-bau", StringComparison.Ordinal)).Missing);
        await storage.Consolidated.GetProvinceAsync(registry, province, "2020-2025", CancellationToken.None);
        var table = new RawStorage(storage.ConnectionString).Table(StorageNames.SummariesTable);
        var merged = (await table.GetEntityAsync<Azure.Data.Tables.TableEntity>(TableKeys.MergedSummaries(_province, "2020-2025"), "bo-sinh")).Value;
        var rollup = (await table.GetEntityAsync<Azure.Data.Tables.TableEntity>(TableKeys.ProvinceSummaries(_province), "2020-2025")).Value;

        // Pú Bẩu scored, and its refresh not stored yet: the summaries from before it are put back.
        await ScoreAsync(storage, "pu-bau", SampleWorkbooks.PuBau);
        await table.UpsertEntityAsync(merged, Azure.Data.Tables.TableUpdateMode.Replace);
        await table.UpsertEntityAsync(rollup, Azure.Data.Tables.TableUpdateMode.Replace);

        var summary = await storage.Consolidated.GetMergedAsync(registry, merger, CancellationToken.None);
        Assert.False(summary.Predecessors.Single(p => p.Commune.EndsWith("/pu-bau", StringComparison.Ordinal)).Missing);
        var provinceSummary = await storage.Consolidated.GetProvinceAsync(registry, province, "2020-2025", CancellationToken.None);
        Assert.Equal(ProvinceCommuneStatus.Scored, provinceSummary.Communes.Single(c => c.Commune.EndsWith("/pu-bau", StringComparison.Ordinal)).Status);

        // Current now: read again, nothing is recomputed.
        Assert.Equal(summary.ComputedAt, (await storage.Consolidated.GetMergedAsync(registry, merger, CancellationToken.None)).ComputedAt);
        Assert.Equal(provinceSummary.ComputedAt, (await storage.Consolidated.GetProvinceAsync(registry, province, "2020-2025", CancellationToken.None)).ComputedAt);
    }

    [Fact]
    public async Task A_run_recomputes_every_summary_and_overlapping_runs_leave_the_same_result()
    {
        var storage = await OpenAsync();
        await ScoreAsync(storage, "chieng-en", SampleWorkbooks.ChiengEn);
        await ScoreAsync(storage, "pu-bau", SampleWorkbooks.PuBau);
        await ScoreAsync(storage, "bo-sinh-cu", SampleWorkbooks.BoSinh);
        // Someone deletes the stored merged summary: the run must bring it back.
        await new RawStorage(storage.ConnectionString).Table(StorageNames.SummariesTable).DeleteEntityAsync(TableKeys.MergedSummaries(_province, "2020-2025"), "bo-sinh");

        // Twenty officers at once (seven of twenty used to end "failed" on a 412).
        var runs = await Task.WhenAll(Enumerable.Range(0, 20).Select(async i =>
        {
            var run = await storage.Consolidation.StartAsync(ConsolidationTrigger.Request, $"officer {i}", _province, CancellationToken.None);
            return await storage.Consolidation.RunAsync(run, CancellationToken.None);
        }));
        Assert.All(runs, run =>
        {
            Assert.Equal(ConsolidationRunStatus.Succeeded, run.Status);
            Assert.Empty(run.Errors);
            Assert.Contains($"{_province}/bo-sinh 2020-2025 (xã sau sáp nhập)", run.Recomputed);
            Assert.Contains($"{_province} 2020-2025 (toàn tỉnh)", run.Recomputed);
            Assert.Contains($"{_province} 2025-2030 (toàn tỉnh)", run.Recomputed);
        });

        var afterOverlap = await Store(storage).GetMergedAsync(_province, "bo-sinh", "2020-2025", CancellationToken.None);
        var single = await storage.Consolidation.RunAsync(await storage.Consolidation.StartAsync(ConsolidationTrigger.Request, "officer", _province, CancellationToken.None), CancellationToken.None);
        var afterSingle = await Store(storage).GetMergedAsync(_province, "bo-sinh", "2020-2025", CancellationToken.None);
        Assert.Equal(Comparable(afterSingle!), Comparable(afterOverlap!));
        Assert.Equal(new ConsolidatedValue(455m, 545m, 119.78m, TargetStatus.Exceeded, false), Budget(afterOverlap!));
        Assert.Equal(single.RunId, (await storage.Consolidation.RecentAsync(1, CancellationToken.None))[0].RunId);
    }

    [Fact]
    public async Task A_scheduled_run_is_recorded_as_the_schedules_for_the_host_that_started_it_and_carried_out()
    {
        var storage = await OpenAsync();
        await ScoreAsync(storage, "chieng-en", SampleWorkbooks.ChiengEn);

        var finished = await storage.Consolidation.RunScheduledAsync("local timer", CancellationToken.None);

        // Every province the shared emulator holds: other tests' provinces decide whether it "succeeded".
        Assert.Equal((ConsolidationTrigger.Schedule, "local timer", (string?)null), (finished.Trigger, finished.RequestedBy, finished.Province));
        Assert.NotNull(finished.FinishedAt);
        Assert.Contains($"{_province} 2020-2025 (toàn tỉnh)", finished.Recomputed);
        var stored = await storage.Consolidation.GetAsync(finished.RunId, CancellationToken.None);
        Assert.Equal((finished.Trigger, finished.Status, finished.FinishedAt), (stored!.Trigger, stored.Status, stored.FinishedAt));
    }

    [Fact]
    public async Task A_rollup_too_large_to_store_leaves_the_stored_one_marked_stale_not_served_as_current()
    {
        var storage = await OpenAsync();
        await ScoreAsync(storage, "pu-bau", SampleWorkbooks.PuBau);
        var store = Store(storage);
        var partition = TableKeys.ProvinceSummaries(_province);
        var current = await store.GetProvinceAsync(_province, "2020-2025", CancellationToken.None);
        Assert.Null(current!.Stale);

        // 1,500,000 characters: more than a table entity holds (1 MiB).
        var oversized = current with { ProvinceName = new string('x', 1_500_000), ComputedAt = DateTimeOffset.UtcNow };
        await Assert.ThrowsAsync<SummaryNotStoredException>(() =>
            store.StoreComputedAsync(partition, "2020-2025", _ => Task.FromResult(oversized), s => s.ComputedAt, null, CancellationToken.None));

        var served = await store.GetProvinceAsync(_province, "2020-2025", CancellationToken.None);
        Assert.Equal(ConsolidatedSummaryStore.StaleReason, served!.Stale);
        Assert.Equal(current.ProvinceName, served.ProvinceName);

        // The next rollup that fits clears the mark, even though the stale one looks recent.
        var run = await storage.Consolidation.RunAsync(await storage.Consolidation.StartAsync(ConsolidationTrigger.Request, "officer", _province, CancellationToken.None), CancellationToken.None);
        Assert.Equal(ConsolidationRunStatus.Succeeded, run.Status);
        Assert.Null((await store.GetProvinceAsync(_province, "2020-2025", CancellationToken.None))!.Stale);
    }

    [Fact]
    public async Task Units_are_replaced_only_when_valid_and_a_new_merger_is_consolidated()
    {
        var storage = await OpenAsync();
        var (refused, errors) = await storage.Units.ReplaceAsync(_province,
            Units() with { Mergers = [new MergerUnit("bo-sinh", ["chieng-en", "khong-co"], "2025-07-01", "NQ")] }, CancellationToken.None);
        Assert.Null(refused);
        Assert.Contains(errors, e => e.Contains("'khong-co'", StringComparison.Ordinal));
        Assert.Equal(3, (await storage.Units.CurrentAsync(CancellationToken.None)).FormedBy(Commune("bo-sinh"))!.From.Count);

        // A made-up merger: Chiềng En and Pú Bẩu form "Tân Hợp"; the old Bó Sinh stays on its own.
        var document = Units() with
        {
            Communes = [.. Units().Communes!, new CommuneUnit("tan-hop", "Tân Hợp")],
            Mergers = [new MergerUnit("tan-hop", ["chieng-en", "pu-bau"], "2025-07-01", "Quyết định thử nghiệm")],
        };
        var (saved, none) = await storage.Units.ReplaceAsync(_province, document, CancellationToken.None);
        Assert.Empty(none);
        Assert.Equal("Tân Hợp", saved!.Communes.Single(c => c.Id.Commune == "tan-hop").Name);
        var registry = await storage.Units.CurrentAsync(CancellationToken.None);
        Assert.Null(registry.FormedBy(Commune("bo-sinh")));

        await ScoreAsync(storage, "chieng-en", SampleWorkbooks.ChiengEn);
        await ScoreAsync(storage, "pu-bau", SampleWorkbooks.PuBau);
        var merged = await storage.Consolidated.GetMergedAsync(registry, registry.FormedBy(Commune("tan-hop"))!, CancellationToken.None);
        Assert.Equal(new ConsolidatedValue(255m, 317m, 124.31m, TargetStatus.Exceeded, false), Budget(merged)); // 175 + 80, 237 + 80
        Assert.Equal((15, 22, 10, 47), (merged.Totals.Counts.Computed.Exceeded, merged.Totals.Counts.Computed.Met, merged.Totals.Counts.Computed.NotMet, merged.Totals.Targets));

        // Another instance sees the change once its cache is older than the freshness window.
        var other = await OpenedPipeline.OpenAsync(azurite.ConnectionString, CommuneRegistry.Empty, IndicatorCatalogue.Default);
        Assert.NotNull((await other.Units.CurrentAsync(CancellationToken.None)).FormedBy(Commune("tan-hop")));
    }

    private static string Comparable(MergedCommuneSummary summary) => JsonSerializer.Serialize(summary with { ComputedAt = default });
}
