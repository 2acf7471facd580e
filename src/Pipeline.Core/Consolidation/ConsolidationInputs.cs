using Pipeline.Core.Reporting;

namespace Pipeline.Core.Consolidation;

/// <summary>
/// A predecessor's scored annexes for the baseline term, from its current upload; no source
/// means the annex is missing, which the summary shows as missing — never as zero.
/// </summary>
/// <param name="Commune">The predecessor's id, "{province}/{commune}".</param>
/// <param name="Source">Where the annexes came from, shown in the summary as "uploadId"; null when the annex is missing.</param>
public sealed record PredecessorAnnexes(string Commune, string Name, AnnexSource? Source, DateTimeOffset? ScoredAt, IReadOnlyList<AnnexReport> Annexes)
{
    public bool Missing => Source is null;

    public static PredecessorAnnexes MissingFor(string commune, string name) => new(commune, name, null, null, []);
}

/// <summary>The new commune's annexes for its first term (a targets-only annex), or none yet.</summary>
/// <param name="Source">Where the annexes came from, shown in the summary as "uploadId"; null when there are none yet.</param>
public sealed record NewTermAnnexes(AnnexSource? Source, IReadOnlyList<AnnexReport> Annexes)
{
    public static NewTermAnnexes None { get; } = new(null, []);
}
