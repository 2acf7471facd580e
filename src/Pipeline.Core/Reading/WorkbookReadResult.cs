using Pipeline.Core.Annexes;

namespace Pipeline.Core.Reading;

/// <summary>The annexes found in one file, or why the file was refused.</summary>
public sealed record WorkbookReadResult(IReadOnlyList<Annex> Annexes, ReadError? Error)
{
    public bool IsRefused => Error is not null;

    public static WorkbookReadResult Refused(ReadError error) => new([], error);

    public static WorkbookReadResult Read(IReadOnlyList<Annex> annexes) => new(annexes, null);
}
