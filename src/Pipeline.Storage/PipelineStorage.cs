using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Pipeline.Core.Catalogue;
using Pipeline.Core.Units;
using Pipeline.Storage.Catalogue;
using Pipeline.Storage.Consolidations;
using Pipeline.Storage.Health;
using Pipeline.Storage.Ingestion;
using Pipeline.Storage.Queries;
using Pipeline.Storage.Scoring;
using Pipeline.Storage.Units;
using Pipeline.Storage.Uploads;

namespace Pipeline.Storage;

/// <summary>
/// The storage account the pipeline runs on, with its containers, queue and tables created,
/// and the pipeline steps wired to them: what every host (Functions, local) builds once.
/// </summary>
public sealed class PipelineStorage
{
    private PipelineStorage(BlobServiceClient blobs, QueueServiceClient queues, TableServiceClient tables,
        IndicatorCatalogue catalogue, TimeProvider clock)
    {
        Annexes = blobs.GetBlobContainerClient(StorageNames.AnnexesContainer);
        Parsed = blobs.GetBlobContainerClient(StorageNames.ParsedContainer);
        ScoreQueue = queues.GetQueueClient(StorageNames.ScoreQueue);
        ScorePoisonQueue = queues.GetQueueClient(StorageNames.ScorePoisonQueue);
        var uploads = new UploadStore(tables.GetTableClient(StorageNames.UploadsTable));
        var targets = new TargetRowStore(tables.GetTableClient(StorageNames.TargetsTable));
        var summaries = new SummaryStore(tables.GetTableClient(StorageNames.SummariesTable));
        Tables = tables;
        Catalogues = new ProvinceCatalogues(blobs.GetBlobContainerClient(StorageNames.CatalogueContainer), catalogue, clock);
        Units = new UnitRegistryStore(blobs.GetBlobContainerClient(StorageNames.UnitsContainer), clock);
        Consolidated = new ConsolidatedSummaries(summaries, targets, new ConsolidatedSummaryStore(tables.GetTableClient(StorageNames.SummariesTable)), Catalogues, clock);
        Uploads = new UploadService(Annexes, uploads, Units, clock);
        Ingestion = new AnnexIngestion(Annexes, Parsed, ScoreQueue, uploads, Units);
        Scoring = new AnnexScoring(Parsed, uploads, targets, summaries, Units, Consolidated, Catalogues, clock);
        Queries = new SummaryQueries(summaries, targets, uploads);
        Consolidation = new Consolidation(new ConsolidationRunStore(tables.GetTableClient(StorageNames.ConsolidationRunsTable)), Consolidated, summaries, Units, clock);
        Health = new StorageHealth(Annexes, ScoreQueue, tables.GetTableClient(StorageNames.UploadsTable));
    }

    public BlobContainerClient Annexes { get; }

    public BlobContainerClient Parsed { get; }

    public QueueClient ScoreQueue { get; }

    public QueueClient ScorePoisonQueue { get; }

    public TableServiceClient Tables { get; }

    /// <summary>The indicator catalogue of each province: the built-in one and the province's extension.</summary>
    public ProvinceCatalogues Catalogues { get; }

    /// <summary>The administrative units: seeded from the registry file, replaced through the API.</summary>
    public UnitRegistryStore Units { get; }

    /// <summary>Merged-commune summaries and province rollups.</summary>
    public ConsolidatedSummaries Consolidated { get; }

    public UploadService Uploads { get; }

    public AnnexIngestion Ingestion { get; }

    public AnnexScoring Scoring { get; }

    public SummaryQueries Queries { get; }

    public Consolidation Consolidation { get; }

    /// <summary>Whether blob, queue and table storage answer (GET /api/health).</summary>
    public StorageHealth Health { get; }

    /// <summary>Queue messages are Base64, as the WebJobs and Functions queue triggers expect.</summary>
    public static QueueClientOptions QueueOptions => new() { MessageEncoding = QueueMessageEncoding.Base64 };

    public static Task<PipelineStorage> OpenAsync(string connectionString, CommuneRegistry registry, IndicatorCatalogue catalogue,
        TimeProvider? clock = null, CancellationToken cancellationToken = default) =>
        OpenAsync(new BlobServiceClient(connectionString), new QueueServiceClient(connectionString, QueueOptions), new TableServiceClient(connectionString),
            registry, catalogue, clock, cancellationToken);

    /// <summary>
    /// Opens the pipeline on clients the host built — in Azure with a managed identity (service
    /// URIs and a TokenCredential) rather than a connection string; queue clients must use
    /// <see cref="QueueOptions"/>. <paramref name="registry"/> (the registry file) seeds the
    /// units of each province storage does not hold yet; afterwards storage wins.
    /// </summary>
    public static async Task<PipelineStorage> OpenAsync(BlobServiceClient blobs, QueueServiceClient queues, TableServiceClient tables,
        CommuneRegistry registry, IndicatorCatalogue catalogue, TimeProvider? clock = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(blobs);
        ArgumentNullException.ThrowIfNull(queues);
        ArgumentNullException.ThrowIfNull(tables);
        var storage = new PipelineStorage(blobs, queues, tables, catalogue, clock ?? TimeProvider.System);
        await storage.Annexes.CreateIfNotExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        await storage.Parsed.CreateIfNotExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        await storage.ScoreQueue.CreateIfNotExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        await storage.ScorePoisonQueue.CreateIfNotExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        foreach (var table in new[] { StorageNames.UploadsTable, StorageNames.TargetsTable, StorageNames.SummariesTable, StorageNames.ConsolidationRunsTable })
            await storage.Tables.CreateTableIfNotExistsAsync(table, cancellationToken).ConfigureAwait(false);
        foreach (var container in new[] { StorageNames.UnitsContainer, StorageNames.CatalogueContainer })
            await blobs.GetBlobContainerClient(container).CreateIfNotExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        await storage.Units.SeedAsync(registry, cancellationToken).ConfigureAwait(false);
        return storage;
    }
}
