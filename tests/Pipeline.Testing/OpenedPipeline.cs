using Microsoft.Extensions.DependencyInjection;
using Pipeline.Core.Catalogue;
using Pipeline.Core.Units;
using Pipeline.Storage;
using Pipeline.Storage.Access;
using Pipeline.Storage.Catalogue;
using Pipeline.Storage.Consolidations;
using Pipeline.Storage.Durability;
using Pipeline.Storage.Health;
using Pipeline.Storage.Ingestion;
using Pipeline.Storage.Queries;
using Pipeline.Storage.Scoring;
using Pipeline.Storage.Units;
using Pipeline.Storage.Uploads;

namespace Pipeline.Testing;

/// <summary>
/// The pipeline's steps as a host resolves them from <see cref="PipelineStorageServices.AddPipelineStorage(IServiceCollection, string)"/>,
/// with storage prepared: for tests that drive the steps by hand. Each property resolves the one
/// singleton the host would get.
/// </summary>
public sealed class OpenedPipeline
{
    private OpenedPipeline(IServiceProvider services, string connectionString)
    {
        Services = services;
        ConnectionString = connectionString;
    }

    /// <summary>The services the steps were resolved from.</summary>
    public IServiceProvider Services { get; }

    /// <summary>The account's connection string, for tests that look at storage directly (<see cref="RawStorage"/>).</summary>
    public string ConnectionString { get; }

    /// <summary>Uploads or checks annex files, with the rules of both routes.</summary>
    public AnnexSubmission Submission => Services.GetRequiredService<AnnexSubmission>();

    /// <summary>Stores accepted annex files and restores journaled ones.</summary>
    public UploadService Uploads => Services.GetRequiredService<UploadService>();

    /// <summary>The parse step and the re-drive.</summary>
    public AnnexIngestion Ingestion => Services.GetRequiredService<AnnexIngestion>();

    /// <summary>The score step.</summary>
    public AnnexScoring Scoring => Services.GetRequiredService<AnnexScoring>();

    /// <summary>Upload records, summaries and targets.</summary>
    public SummaryQueries Queries => Services.GetRequiredService<SummaryQueries>();

    /// <summary>Consolidation runs.</summary>
    public Consolidation Consolidation => Services.GetRequiredService<Consolidation>();

    /// <summary>Merged-commune summaries and province rollups.</summary>
    public ConsolidatedSummaries Consolidated => Services.GetRequiredService<ConsolidatedSummaries>();

    /// <summary>Each province's catalogue.</summary>
    public ProvinceCatalogues Catalogues => Services.GetRequiredService<ProvinceCatalogues>();

    /// <summary>The administrative units.</summary>
    public UnitRegistryStore Units => Services.GetRequiredService<UnitRegistryStore>();

    /// <summary>Restores what a journal says was accepted.</summary>
    public AcceptedWrites AcceptedWrites => Services.GetRequiredService<AcceptedWrites>();

    /// <summary>Whether storage answers.</summary>
    public StorageHealth Health => Services.GetRequiredService<StorageHealth>();

    /// <summary>
    /// Uploads <paramref name="file"/> as the officer of <paramref name="commune"/> (or of
    /// <paramref name="officerOf"/>), named <paramref name="uploader"/>, does through POST /api/annexes: the upload, or the refusal.
    /// </summary>
    public async Task<(UploadRecord? Upload, SubmissionResult.Refused? Refusal)> UploadAsync(CommuneId commune, string term, byte[] file, string name = "bieu.xlsx",
        string uploader = "can-bo@xa", CommuneId? officerOf = null)
    {
        using var content = new MemoryStream(file);
        var result = await Submission.SubmitAsync(new SubmittedAnnex(Caller.CommuneOfficer(uploader, officerOf ?? commune), commune.ToString(), term, name, content),
            SubmissionMode.Upload, CancellationToken.None).ConfigureAwait(false);
        return result switch
        {
            SubmissionResult.Accepted accepted => (accepted.Upload, null),
            SubmissionResult.Refused refused => (null, refused),
            _ => throw new InvalidOperationException($"An upload came back {result}."),
        };
    }

    /// <summary>Registers the pipeline on <paramref name="connectionString"/> (Azurite) as a host does, and prepares storage.</summary>
    public static async Task<OpenedPipeline> OpenAsync(string connectionString, CommuneRegistry seed, IndicatorCatalogue? catalogue = null,
        TimeProvider? clock = null, IWriteJournal? journal = null)
    {
        var services = new ServiceCollection().AddSingleton(seed);
        if (catalogue is not null) services.AddSingleton(catalogue);
        if (clock is not null) services.AddSingleton(clock);
        if (journal is not null) services.AddSingleton(journal);
        var provider = services.AddPipelineStorage(connectionString).BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
        return await OverAsync(provider, connectionString).ConfigureAwait(false);
    }

    /// <summary>The steps of a host's own services (<paramref name="services"/>), once its storage is prepared.</summary>
    public static async Task<OpenedPipeline> OverAsync(IServiceProvider services, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(services);
        await services.GetRequiredService<StoragePreparation>().EnsureAsync(CancellationToken.None).ConfigureAwait(false);
        return new OpenedPipeline(services, connectionString);
    }
}
