using System.Diagnostics.CodeAnalysis;

namespace Pipeline.Core.Units;

/// <summary>
/// A consolidation run's id, shaped like an upload id ("20261129T014501123-3f9a1c2e", the
/// time the run started first) so runs sort by start time. The constructor takes the text as
/// it is; <see cref="TryParse"/> is where text from outside is checked.
/// </summary>
public readonly record struct ConsolidationRunId(string Value)
{
    /// <summary>A new id for a run started at <paramref name="startedAt"/>.</summary>
    public static ConsolidationRunId New(DateTimeOffset startedAt) => new(TimeOrderedId.New(startedAt));

    /// <summary>Reads a run id; false for text of any other shape.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out ConsolidationRunId id)
    {
        id = TimeOrderedId.IsValid(text) ? new ConsolidationRunId(text!) : default;
        return id.Value is not null;
    }

    /// <summary>Whether <paramref name="text"/> is a run id, as <see cref="TryParse"/> decides.</summary>
    public static bool IsValid([NotNullWhen(true)] string? text) => TryParse(text, out _);

    /// <summary>The id as written.</summary>
    public override string ToString() => Value;
}
