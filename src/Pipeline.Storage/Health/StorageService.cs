namespace Pipeline.Storage.Health;

/// <summary>The storage services the pipeline uses, each checked by <see cref="StorageHealth"/>.</summary>
public enum StorageService
{
    /// <summary>Blob storage: annex originals, parsed annexes, units and catalogue documents.</summary>
    Blob,

    /// <summary>Queue storage: the score queue and its poison queue.</summary>
    Queue,

    /// <summary>Table storage: uploads, target rows, summaries, consolidation runs.</summary>
    Table,
}
