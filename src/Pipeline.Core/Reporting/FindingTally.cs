using System.Text.Json.Serialization;
using Pipeline.Core.Scoring;

namespace Pipeline.Core.Reporting;

/// <summary>How many findings of each severity: what a summary says in numbers when it does not list them all.</summary>
public sealed record FindingTally(int Error, int Warning, int Info)
{
    /// <summary>No findings.</summary>
    public static FindingTally None { get; } = new(0, 0, 0);

    /// <summary>All findings, whatever their severity (not written: stored documents keep their shape).</summary>
    [JsonIgnore]
    public int Total => Error + Warning + Info;

    /// <summary>The tally of <paramref name="severities"/>, one per finding.</summary>
    public static FindingTally Of(IEnumerable<FindingSeverity> severities)
    {
        ArgumentNullException.ThrowIfNull(severities);
        int error = 0, warning = 0, info = 0;
        foreach (var severity in severities)
        {
            switch (severity)
            {
                case FindingSeverity.Error: error++; break;
                case FindingSeverity.Warning: warning++; break;
                default: info++; break;
            }
        }
        return new FindingTally(error, warning, info);
    }
}
