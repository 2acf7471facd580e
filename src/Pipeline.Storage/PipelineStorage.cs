using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Pipeline.Core.Catalogue;
using Pipeline.Core.Units;
using Pipeline.Storage.Catalogue;
using Pipeline.Storage.Consolidations;
using Pipeline.Storage.Durability;
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
    private readonly BlobServiceClient _blobs;
    private readonly CommuneRegistry _seed;

    private PipelineStorage(BlobServiceClient blobs, QueueServiceClient queues, TableServiceClient tables, CommuneRegistry seed,
        IndicatorCatalogue catalogue, TimeProvider clock, IWriteJournal journal)
    {
        _blobs = blobs;
        _seed = seed;
        Annexes = blobs.GetBlobContainerClient(StorageNames.AnnexesContainer);
        Parsed = blobs.GetBlobContainerClient(StorageNames.ParsedContainer);
        ScoreQueue = queues.GetQueueClient(StorageNames.ScoreQueue);
        ScorePoisonQueue = queues.GetQueueClient(StorageNames.ScorePoisonQueue);
        var uploads = new UploadStore(tables.GetTableClient(StorageNames.UploadsTable));
        var targets = new TargetRowStore(tables.GetTableClient(StorageNames.TargetsTable));
        var summaries = new SummaryStore(tables.GetTableClient(StorageNames.SummariesTable));
        Tables = tables;
        Catalogues = new ProvinceCatalogues(blobs.GetBlobContainerClient(StorageNames.CatalogueContainer), catalogue, clock, journal);
        Units = new UnitRegistryStore(blobs.GetBlobContainerClient(StorageNames.UnitsContainer), clock, journal);
        Consolidated = new ConsolidatedSummaries(summaries, targets, new ConsolidatedSummaryStore(tables.GetTableClient(StorageNames.SummariesTable)), Catalogues, clock);
        Uploads = new UploadService(Annexes, uploads, Units, clock, journal);
        AcceptedWrites = new AcceptedWrites(Uploads, uploads, blobs);
        Ingestion = new AnnexIngestion(Annexes, Parsed, ScoreQueue, uploads, Units, clock);
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

    /// <summary>Replays what a host's journal says it accepted into storage (the local host, after the emulator lost writes).</summary>
    public AcceptedWrites AcceptedWrites { get; }

    public AnnexScoring Scoring { get; }

    public SummaryQueries Queries { get; }

    public Consolidation Consolidation { get; }

    /// <summary>
    /// Creates the containers, queues and tables that are missing and seeds the units of each
    /// province storage does not hold yet. Done when opening, and again by the local host after
    /// its emulator restarted having lost everything it had not saved.
    /// </summary>
    public async Task PrepareAsync(CancellationToken cancellationToken)
    {
        await Annexes.CreateIfNotExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        await Parsed.CreateIfNotExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        await ScoreQueue.CreateIfNotExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        await ScorePoisonQueue.CreateIfNotExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        foreach (var table in new[] { StorageNames.UploadsTable, StorageNames.TargetsTable, StorageNames.SummariesTable, StorageNames.ConsolidationRunsTable })
            await Tables.CreateTableIfNotExistsAsync(table, cancellationToken).ConfigureAwait(false);
        foreach (var container in new[] { StorageNames.UnitsContainer, StorageNames.CatalogueContainer })
            await _blobs.GetBlobContainerClient(container).CreateIfNotExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        await Units.SeedAsync(_seed, cancellationToken).ConfigureAwait(false);
    }
    /// <summary>Whether blob, queue and table storage answer (GET /api/health).</summary>
    public StorageHealth Health { get; }

    /// <summary>Queue messages are Base64, as the WebJobs and Functions queue triggers expect.</summary>
    public static QueueClientOptions QueueOptions => new() { MessageEncoding = ScoreQueueSettings.MessageEncoding };

    public static Task<PipelineStorage> OpenAsync(string connectionString, CommuneRegistry registry, IndicatorCatalogue catalogue,
        TimeProvider? clock = null, IWriteJournal? journal = null, CancellationToken cancellationToken = default) =>
        OpenAsync(new BlobServiceClient(connectionString, Patient(new BlobClientOptions())), new QueueServiceClient(connectionString, Patient(QueueOptions)),
            new TableServiceClient(connectionString, Patient(new TableClientOptions())), registry, catalogue, clock, journal, cancellationToken);

    /// <summary>
    /// How long a host waits for storage that does not answer (a frozen emulator): 10 s a try,
    /// three tries, so a request is answered 503 within about half a minute rather than after the
    /// SDK's default of four tries of 100 s.
    /// </summary>
    private static T Patient<T>(T options) where T : Azure.Core.ClientOptions
    {
        options.Retry.NetworkTimeout = TimeSpan.FromSeconds(10);
        options.Retry.MaxRetries = 2;
        return options;
    }

    /// <summary>
    /// Opens the pipeline on clients the host built — in Azure with a managed identity (service
    /// URIs and a TokenCredential) rather than a connection string; queue clients must use
    /// <see cref="QueueOptions"/>. <paramref name="registry"/> (the registry file) seeds the
    /// units of each province storage does not hold yet; afterwards storage wins.
    /// <paramref name="journal"/> keeps every accepted write before it is acknowledged, where
    /// storage's own acknowledgement is not durable (the local emulator); none by default.
    /// </summary>
    public static async Task<PipelineStorage> OpenAsync(BlobServiceClient blobs, QueueServiceClient queues, TableServiceClient tables,
        CommuneRegistry registry, IndicatorCatalogue catalogue, TimeProvider? clock = null, IWriteJournal? journal = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(blobs);
        ArgumentNullException.ThrowIfNull(queues);
        ArgumentNullException.ThrowIfNull(tables);
        var storage = new PipelineStorage(blobs, queues, tables, registry, catalogue, clock ?? TimeProvider.System, journal ?? WriteJournal.None);
        await storage.PrepareAsync(cancellationToken).ConfigureAwait(false);
        return storage;
    }
}
