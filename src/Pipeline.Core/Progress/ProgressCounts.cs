using System.Text.Json.Serialization;

namespace Pipeline.Core.Progress;

/// <summary>
/// A commune's line of progress in the province summary (<c>progress</c> of each commune): how many of its indicators stand
/// at each assessment in the latest year each was reported (<see cref="CommuneProgress.LatestCounts"/>), and the latest
/// year the commune reported.
/// </summary>
/// <param name="LatestPeriod">The latest year among the commune's yearly annexes (2027); null when it has none.</param>
public sealed record ProgressCounts(int Reached, int OnTrack, int Behind, int FarBehind, int NoBaseline, int? LatestPeriod)
{
    /// <summary>The counts of <paramref name="progress"/>; null when it reports no year (nothing to count).</summary>
    public static ProgressCounts? Of(CommuneProgress progress)
    {
        ArgumentNullException.ThrowIfNull(progress);
        if (progress.Periods.Count == 0) return null;
        var counts = progress.LatestCounts();
        return new ProgressCounts(Count(ProgressAssessment.Reached), Count(ProgressAssessment.OnTrack), Count(ProgressAssessment.Behind),
            Count(ProgressAssessment.FarBehind), Count(ProgressAssessment.NoBaseline), progress.Periods[^1]);

        int Count(ProgressAssessment assessment) => counts.GetValueOrDefault(assessment);
    }

    /// <summary>How many indicators have an assessment in their latest year.</summary>
    [JsonIgnore]
    public int Assessed => Reached + OnTrack + Behind + FarBehind + NoBaseline;
}
