namespace Pipeline.Storage.Uploads;

/// <summary>Where an upload stands. Serialised in camelCase ("received").</summary>
public enum UploadStatus
{
    Received,
    Parsed,
    Scored,
    Rejected,
    Failed,

    /// <summary>
    /// Read and scored, but its titles name another registered commune or another term than the one
    /// chosen: it does not replace the current annex until the clerk confirms it (then <see cref="Scored"/>)
    /// or cancels it (<see cref="Cancelled"/>). Final for the pipeline: nothing more runs by itself.
    /// </summary>
    Held,

    /// <summary>A held upload the clerk cancelled: kept, never current.</summary>
    Cancelled,
}
