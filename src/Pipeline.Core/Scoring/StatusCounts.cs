using Pipeline.Core.Annexes;

namespace Pipeline.Core.Scoring;

/// <summary>How many targets are exceeded, met and not met; <see cref="Unscored"/> counts those without a verdict.</summary>
public sealed record StatusCounts(int Exceeded, int Met, int NotMet, int Unscored)
{
    public static StatusCounts Of(IEnumerable<TargetStatus?> statuses)
    {
        int exceeded = 0, met = 0, notMet = 0, unscored = 0;
        foreach (var status in statuses)
        {
            switch (status)
            {
                case TargetStatus.Exceeded: exceeded++; break;
                case TargetStatus.Met: met++; break;
                case TargetStatus.NotMet: notMet++; break;
                default: unscored++; break;
            }
        }
        return new StatusCounts(exceeded, met, notMet, unscored);
    }

    public int Scored => Exceeded + Met + NotMet;

    /// <summary>Exceeded and met over scored, in percent; null when nothing was scored.</summary>
    public decimal? AchievementRate => Scored == 0 ? null : Math.Round((Exceeded + Met) * 100m / Scored, 2);
}
