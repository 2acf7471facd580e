using Pipeline.Core.Annexes;

namespace Pipeline.Core.Scoring;

/// <summary>A target row with its judgement.</summary>
/// <param name="IndicatorCode">The catalogue indicator it matched, or null.</param>
/// <param name="PartRatios">Ratio of each part in percent; null for a part whose ratio is unbounded (a zero target or a zero result on a lower-is-better indicator).</param>
/// <param name="Ratio">The weakest part's ratio, or null when not scored or unbounded.</param>
/// <param name="Status">Computed status, or null when the row could not be scored or is qualitative.</param>
public sealed record ScoredTarget(
    AnnexRow Row,
    string? IndicatorCode,
    Direction Direction,
    string DirectionReason,
    IReadOnlyList<decimal?> PartRatios,
    decimal? Ratio,
    TargetStatus? Status,
    IReadOnlyList<Finding> Findings)
{
    /// <summary>
    /// The target or the result is words without a figure ("Duy trì", "Đạt chuẩn NTM năm 2023"):
    /// no status is computed and the commune's own verdict stands; counted apart from the scored rows.
    /// </summary>
    public bool Qualitative { get; init; }

    /// <summary>
    /// The direction rests on the commune's arithmetic or on the default higher-is-better, not on
    /// the catalogue, a written bound or a keyword rule (docs/reading-and-scoring.md, "Scoring"):
    /// the system assumed it, and says so.
    /// </summary>
    public bool DirectionAssumed { get; init; }

    /// <summary>
    /// For a composite target ("35 đảng viên và 100%"), the catalogue indicator of each part, null
    /// for a part that cannot be attributed confidently (<see cref="Catalogue.CompositeParts"/>);
    /// null for a single figure, a range or words.
    /// </summary>
    public IReadOnlyList<string?>? PartCodes { get; init; }
}
