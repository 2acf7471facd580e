namespace Pipeline.Core.Narrative;

/// <summary>
/// Bounds on reading a report's text, so one hostile document costs no more than these numbers.
/// A commune's report is some hundreds of paragraphs of at most a few thousand characters, three or
/// four commune sections of about thirty target statements, and twenty to forty PDF pages; these
/// limits are orders of magnitude above that. Each is enforced while the text is read
/// (<see cref="NarrativeReader"/>, <see cref="PdfReportReader"/>), never after reading everything.
/// </summary>
public sealed record NarrativeLimits
{
    /// <summary>The limits every host uses.</summary>
    public static NarrativeLimits Default { get; } = new();

    /// <summary>
    /// Paragraphs looked at; later ones are not read, and the read says it stopped (<see cref="NarrativeRead.Truncated"/>).
    /// The Word reader's bound on the paragraphs it keeps (<see cref="Reading.AnnexReadLimits.MaxNarrativeParagraphs"/>).
    /// </summary>
    public int MaxParagraphs { get; init; } = Reading.AnnexReadLimits.Default.MaxNarrativeParagraphs;

    /// <summary>Characters (UTF-16 code units) of one paragraph that are read; the rest of a longer paragraph is not looked at.</summary>
    public int MaxParagraphCharacters { get; init; } = 20_000;

    /// <summary>Commune sections ("Đối với xã …") read; later headings are not read.</summary>
    public int MaxSections { get; init; } = 64;

    /// <summary>Numbered target statements read in one section; later ones are not read.</summary>
    public int MaxStatementsPerSection { get; init; } = 300;

    /// <summary>Largest PDF accepted, in bytes.</summary>
    public long MaxPdfBytes { get; init; } = 20 * 1024 * 1024;

    /// <summary>PDF pages read; a longer PDF is refused as too large.</summary>
    public int MaxPdfPages { get; init; } = 500;

    /// <summary>
    /// Characters of text taken from all PDF pages together; a PDF with more is refused as too large. The Word
    /// reader's bound on a report's narrative (<see cref="Reading.AnnexReadLimits.MaxNarrativeCharacters"/>).
    /// </summary>
    public long MaxPdfCharacters { get; init; } = Reading.AnnexReadLimits.Default.MaxNarrativeCharacters;
}
