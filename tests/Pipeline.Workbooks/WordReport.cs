namespace Pipeline.Workbooks;

/// <summary>
/// A commune's political report as a Word document: its text, one paragraph a line, then its
/// annexes as Word tables, each under its "BIỂU SỐ 0n" and title lines. <see cref="WordReportWriter"/> writes it.
/// </summary>
/// <param name="Lines">The report's paragraphs in order. From the line "Nơi nhận:" on, the lines are the
/// signature block: the recipients on the left, from the line starting "T/M" the signer on the right, set
/// side by side in a borderless two-column table as reports do.</param>
/// <param name="Annexes">Tables after the signature, in order; their rows are the same data the sample workbooks are drawn from.</param>
public sealed record WordReport(IReadOnlyList<string> Lines, IReadOnlyList<AnnexTable> Annexes)
{
    /// <summary>Annex tables in the flow of the text with no title line above them at all.</summary>
    public bool UntitledAnnexes { get; init; }

    /// <summary>
    /// A legacy font every run is typed in, as a report typed without Unicode is: ".VnTime" (TCVN3, its
    /// all-capital lines in ".VnTimeH") or "VNI-Times"; each run's text is then its legacy codes
    /// (<see cref="LegacyTypist"/>). Null (the default) for Unicode text in Times New Roman.
    /// </summary>
    public string? LegacyFont { get; init; }

    /// <summary>
    /// True to set <see cref="LegacyFont"/> once, as the Normal style's font (headings are based on it), as a
    /// template typed in TCVN3 does: runs then name a font only where it differs (the H font of capitals).
    /// </summary>
    public bool LegacyFontInStyles { get; init; }
}
