namespace Pipeline.Storage;

/// <summary>The containers, queue and tables the pipeline uses (docs/operations.md, "What gets deployed").</summary>
public static class StorageNames
{
    /// <summary>Original uploads, never deleted or overwritten: annexes/{province}/{commune}/{term}/{uploadId}.{ext} (<see cref="Uploads.OriginalBlobName"/>).</summary>
    public const string AnnexesContainer = "annexes";

    /// <summary>Normalised JSON of each parsed upload: parsed/{uploadId}.json.</summary>
    public const string ParsedContainer = "parsed";

    /// <summary>Administrative units, one document per province: units/{province}.json.</summary>
    public const string UnitsContainer = "units";

    /// <summary>Each province's extension of the indicator catalogue: catalogue/{province}.json.</summary>
    public const string CatalogueContainer = "catalogue";

    public const string ScoreQueue = "annexes-to-score";

    public const string ScorePoisonQueue = ScoreQueue + "-poison";

    public const string UploadsTable = "Uploads";

    public const string TargetsTable = "Targets";

    public const string SummariesTable = "Summaries";

    public const string ConsolidationRunsTable = "ConsolidationRuns";

    /// <summary>The province's review of each commune's annex, its history and the terms' deadlines (<see cref="Review.ReviewStore"/>).</summary>
    public const string ReviewsTable = "Reviews";
}
