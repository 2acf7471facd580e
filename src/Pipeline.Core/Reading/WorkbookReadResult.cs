using Pipeline.Core.Annexes;

namespace Pipeline.Core.Reading;

/// <summary>The annexes found in one file, or why the file was refused.</summary>
public sealed record WorkbookReadResult(IReadOnlyList<Annex> Annexes, ReadError? Error)
{
    public bool IsRefused => Error is not null;

    /// <summary>
    /// A Word report's text outside its tables (<see cref="WordReportReader"/>): its body paragraphs in
    /// document order, each cleaned as a cell's text is (<see cref="Text.VietnameseText.Clean"/>: NFC, one
    /// space for any run of white space, line breaks included), empty paragraphs dropped. Empty for a
    /// workbook and for a refused file. Bounded by <see cref="AnnexReadLimits.MaxNarrativeParagraphs"/> and
    /// <see cref="AnnexReadLimits.MaxNarrativeCharacters"/>.
    /// </summary>
    public IReadOnlyList<string> Narrative { get; init; } = [];

    public static WorkbookReadResult Refused(ReadError error) => new([], error);

    public static WorkbookReadResult Read(IReadOnlyList<Annex> annexes) => new(annexes, null);
}
