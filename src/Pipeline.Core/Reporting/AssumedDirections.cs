using Pipeline.Core.Catalogue;
using Pipeline.Core.Scoring;

namespace Pipeline.Core.Reporting;

/// <summary>The scored annexes of one commune's current upload for a term, with the commune's id ("son-la/chieng-en") and name.</summary>
public sealed record CommuneAnnexes(string Commune, string CommuneName, IReadOnlyList<AnnexReport> Annexes);

/// <summary>Where an indicator scored on an assumed direction occurs: the commune (id and name), the sheet and the row.</summary>
public sealed record AssumedDirectionOccurrence(string Commune, string CommuneName, string Sheet, int Row);

/// <summary>
/// One indicator scored on an assumed direction somewhere in the province: its text as first written,
/// its unit, the direction used ("higher" or "lower") with its reason, and every row where it occurs.
/// Communes lists the distinct commune ids, in the order first seen.
/// </summary>
public sealed record AssumedDirection(
    string Indicator,
    string Unit,
    Direction Direction,
    string DirectionReason,
    IReadOnlyList<string> Communes,
    IReadOnlyList<AssumedDirectionOccurrence> Occurrences);

/// <summary>
/// Collects the targets scored on an assumed direction (<see cref="TargetReport.DirectionAssumed"/>),
/// grouped by indicator text normalised as the catalogue matches it (<see cref="IndicatorText.Normalize"/>),
/// so a province officer can confirm each direction once by adding it to the province's catalogue.
/// </summary>
public static class AssumedDirections
{
    /// <summary>
    /// The groups, most widespread first (by number of communes, then of rows, then by text). A group
    /// keeps the text, unit, direction and reason of its first occurrence (commune order, then annex
    /// and row order). Qualitative targets rest on no direction and are left out, as are rows whose
    /// text normalises to nothing.
    /// </summary>
    public static IReadOnlyList<AssumedDirection> Collect(IEnumerable<CommuneAnnexes> communes)
    {
        ArgumentNullException.ThrowIfNull(communes);
        var groups = new Dictionary<string, Group>(StringComparer.Ordinal);
        var order = new List<Group>();
        foreach (var commune in communes)
        {
            foreach (var annex in commune.Annexes)
            {
                foreach (var target in annex.Targets)
                {
                    if (!target.DirectionAssumed || target.Qualitative) continue;
                    var key = IndicatorText.Normalize(target.Indicator);
                    if (key.Length == 0) continue;
                    if (!groups.TryGetValue(key, out var group))
                    {
                        group = new Group(target);
                        groups.Add(key, group);
                        order.Add(group);
                    }
                    group.Occurrences.Add(new AssumedDirectionOccurrence(commune.Commune, commune.CommuneName, annex.Sheet, target.Row));
                    if (!group.Communes.Contains(commune.Commune)) group.Communes.Add(commune.Commune);
                }
            }
        }
        return order
            .Select(g => new AssumedDirection(g.First.Indicator, g.First.Unit, g.First.Direction, g.First.DirectionReason, g.Communes, g.Occurrences))
            .OrderByDescending(g => g.Communes.Count)
            .ThenByDescending(g => g.Occurrences.Count)
            .ThenBy(g => g.Indicator, StringComparer.Ordinal)
            .ToList();
    }

    private sealed class Group(TargetReport first)
    {
        public TargetReport First { get; } = first;

        public List<string> Communes { get; } = [];

        public List<AssumedDirectionOccurrence> Occurrences { get; } = [];
    }
}
