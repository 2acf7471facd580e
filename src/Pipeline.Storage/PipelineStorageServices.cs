using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Pipeline.Core.Catalogue;
using Pipeline.Core.Units;
using Pipeline.Storage.Catalogue;
using Pipeline.Storage.Consolidations;
using Pipeline.Storage.Durability;
using Pipeline.Storage.Health;
using Pipeline.Storage.Ingestion;
using Pipeline.Storage.Queries;
using Pipeline.Storage.Review;
using Pipeline.Storage.Scoring;
using Pipeline.Storage.Units;
using Pipeline.Storage.Uploads;

namespace Pipeline.Storage;

/// <summary>
/// The one composition of the pipeline: every store and step over Blob, Queue and Table storage,
/// each registered once as a singleton, for both hosts (and the tests) to resolve.
/// </summary>
public static class PipelineStorageServices
{
    /// <summary>
    /// Registers the stores, the upload command (<see cref="AnnexSubmission"/>), the province's review (<see cref="AnnexReviews"/>) and deadlines (<see cref="ReportingDeadlines"/>), the steps (<see cref="UploadService"/>, <see cref="AnnexIngestion"/>,
    /// <see cref="AnnexScoring"/>, <see cref="Consolidation"/>, …), the queries, health,
    /// <see cref="AcceptedWrites"/> and <see cref="StoragePreparation"/>, all on the account
    /// <paramref name="account"/> builds (called once, on first resolution; it must make no network call).
    /// </summary>
    /// <remarks>
    /// What the host registers itself: the seed <see cref="CommuneRegistry"/> (the registry file;
    /// required). What it may register, else defaults are added: <see cref="IndicatorCatalogue"/>
    /// (<see cref="IndicatorCatalogue.Default"/>), <see cref="TimeProvider"/> (the system clock),
    /// <see cref="IWriteJournal"/> (<see cref="WriteJournal.None"/>: storage's acknowledgement is
    /// durable). Nothing here touches storage: a host opens it with <see cref="StoragePreparation"/>.
    /// </remarks>
    public static IServiceCollection AddPipelineStorage(this IServiceCollection services, Func<IServiceProvider, StorageAccount> account)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(account);
        services.TryAddSingleton(IndicatorCatalogue.Default);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(WriteJournal.None);
        services.AddSingleton(account);

        // Stores: one table or container each.
        services.AddSingleton(p => new UploadStore(Account(p).Tables.GetTableClient(StorageNames.UploadsTable)));
        services.AddSingleton(p => new TargetRowStore(Account(p).Tables.GetTableClient(StorageNames.TargetsTable)));
        services.AddSingleton(p => new SummaryStore(Account(p).Tables.GetTableClient(StorageNames.SummariesTable)));
        services.AddSingleton(p => new PeriodSummaryStore(Account(p).Tables.GetTableClient(StorageNames.SummariesTable)));
        services.AddSingleton(p => new ReportCheckStore(Account(p).Tables.GetTableClient(StorageNames.SummariesTable)));
        services.AddSingleton(p => new ConsolidatedSummaryStore(Account(p).Tables.GetTableClient(StorageNames.SummariesTable)));
        services.AddSingleton(p => new ReviewStore(Account(p).Tables.GetTableClient(StorageNames.ReviewsTable)));
        services.AddSingleton(p => new ConsolidationRunStore(Account(p).Tables.GetTableClient(StorageNames.ConsolidationRunsTable)));
        services.AddSingleton(p => new UnitRegistryStore(Container(p, StorageNames.UnitsContainer), Clock(p), Journal(p)));
        services.AddSingleton<IUnitRegistry>(p => p.GetRequiredService<UnitRegistryStore>());
        services.AddSingleton(p => new ProvinceCatalogues(Container(p, StorageNames.CatalogueContainer), p.GetRequiredService<IndicatorCatalogue>(), Clock(p), Journal(p)));
        services.AddSingleton<ICatalogueSource>(p => p.GetRequiredService<ProvinceCatalogues>());

        // Steps and queries.
        services.AddSingleton(p => new ConsolidatedSummaries(p.GetRequiredService<SummaryStore>(), p.GetRequiredService<TargetRowStore>(),
            p.GetRequiredService<ConsolidatedSummaryStore>(), p.GetRequiredService<ProvinceCatalogues>(), Clock(p)));
        services.AddSingleton(p => new UploadService(Container(p, StorageNames.AnnexesContainer), p.GetRequiredService<UploadStore>(), Clock(p), Journal(p)));
        services.AddSingleton<IUploadReceiver>(p => p.GetRequiredService<UploadService>());
        services.AddSingleton(p => new AnnexReviews(p.GetRequiredService<IUnitRegistry>(), p.GetRequiredService<ReviewStore>(), p.GetRequiredService<SummaryStore>(),
            p.GetRequiredService<TargetRowStore>(), p.GetRequiredService<UploadStore>(), Clock(p), Journal(p)));
        services.AddSingleton(p => new ReportingDeadlines(p.GetRequiredService<IUnitRegistry>(), p.GetRequiredService<ReviewStore>(),
            p.GetRequiredService<PeriodSummaryStore>(), Clock(p), Journal(p)));
        services.AddSingleton<IAnnexLocks>(p => p.GetRequiredService<AnnexReviews>());
        services.AddSingleton(p => new AnnexSubmission(p.GetRequiredService<IUnitRegistry>(), p.GetRequiredService<IUploadReceiver>(), p.GetRequiredService<ICatalogueSource>(),
            p.GetRequiredService<IAnnexLocks>(), p.GetRequiredService<ReportAnnexes>()));
        services.AddSingleton(p => new AcceptedWrites(p.GetRequiredService<UploadService>(), p.GetRequiredService<UploadStore>(), Account(p).Blobs,
            p.GetRequiredService<ReviewStore>()));
        services.AddSingleton(p => new ParsedUploads(Container(p, StorageNames.ParsedContainer)));
        services.AddSingleton(p => new ReportAnnexes(p.GetRequiredService<SummaryStore>(), p.GetRequiredService<ParsedUploads>()));
        services.AddSingleton(p => new AnnexIngestion(Container(p, StorageNames.AnnexesContainer), p.GetRequiredService<ParsedUploads>(),
            Account(p).Queues.GetQueueClient(StorageNames.ScoreQueue), p.GetRequiredService<UploadStore>(), p.GetRequiredService<UnitRegistryStore>(),
            p.GetRequiredService<ProvinceCatalogues>(), p.GetRequiredService<ReportAnnexes>(), p.GetRequiredService<ReportCheckStore>(), Clock(p)));
        services.AddSingleton(p => new AnnexScoring(p.GetRequiredService<ParsedUploads>(), p.GetRequiredService<UploadStore>(), p.GetRequiredService<TargetRowStore>(),
            p.GetRequiredService<SummaryStore>(), p.GetRequiredService<PeriodSummaryStore>(), p.GetRequiredService<UnitRegistryStore>(), p.GetRequiredService<ConsolidatedSummaries>(),
            p.GetRequiredService<ProvinceCatalogues>(), p.GetRequiredService<AnnexReviews>(), Clock(p)));
        services.AddSingleton(p => new HeldUploads(p.GetRequiredService<IUnitRegistry>(), p.GetRequiredService<UploadStore>(), p.GetRequiredService<ParsedUploads>(),
            p.GetRequiredService<AnnexScoring>(), p.GetRequiredService<IAnnexLocks>(), Clock(p)));
        services.AddSingleton(p => new SummaryQueries(p.GetRequiredService<SummaryStore>(), p.GetRequiredService<TargetRowStore>(), p.GetRequiredService<UploadStore>(),
            p.GetRequiredService<ParsedUploads>(), p.GetRequiredService<ReportCheckStore>()));
        services.AddSingleton(p => new ProgressCountsStore(Account(p).Tables.GetTableClient(StorageNames.SummariesTable)));
        services.AddSingleton(p => new ProgressQueries(p.GetRequiredService<SummaryStore>(), p.GetRequiredService<PeriodSummaryStore>(), p.GetRequiredService<ProgressCountsStore>(),
            p.GetRequiredService<ParsedUploads>(), p.GetRequiredService<ProvinceCatalogues>(), p.GetRequiredService<ConsolidatedSummaries>()));
        services.AddSingleton(p => new Consolidation(p.GetRequiredService<ConsolidationRunStore>(), p.GetRequiredService<ConsolidatedSummaries>(),
            p.GetRequiredService<SummaryStore>(), p.GetRequiredService<UnitRegistryStore>(), p.GetRequiredService<ProgressQueries>(), Clock(p)));
        services.AddSingleton(p => new StorageHealth(Container(p, StorageNames.AnnexesContainer), Account(p).Queues.GetQueueClient(StorageNames.ScoreQueue),
            Account(p).Tables.GetTableClient(StorageNames.UploadsTable)));

        // Opening: the one service that does storage I/O before the first step.
        services.AddSingleton(p => new StoragePreparation(Account(p), p.GetRequiredService<UnitRegistryStore>(), p.GetRequiredService<CommuneRegistry>()));
        return services;
    }

    /// <summary><see cref="AddPipelineStorage(IServiceCollection, Func{IServiceProvider, StorageAccount})"/> on the account of a connection string (Azurite, <c>--storage</c>).</summary>
    public static IServiceCollection AddPipelineStorage(this IServiceCollection services, string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        return services.AddPipelineStorage(_ => StorageAccount.FromConnectionString(connectionString));
    }

    private static StorageAccount Account(IServiceProvider services) => services.GetRequiredService<StorageAccount>();

    private static Azure.Storage.Blobs.BlobContainerClient Container(IServiceProvider services, string name) => Account(services).Blobs.GetBlobContainerClient(name);

    private static TimeProvider Clock(IServiceProvider services) => services.GetRequiredService<TimeProvider>();

    private static IWriteJournal Journal(IServiceProvider services) => services.GetRequiredService<IWriteJournal>();
}
