using System.Text.Json.Serialization;
using Pipeline.Core.Annexes;
using Pipeline.Core.Scoring;

namespace Pipeline.Core.Narrative;

// The public JSON shape of a report's text checked against its tables: the `report` object of a file
// (`score --json`, the HTTP API). Camel-case names (ReportJson); enums as their types state. Text from
// the document is quoted through Text.Excerpt.

/// <summary>The claims read from a report's text, per commune section, and where they disagree with its tables.</summary>
/// <param name="Truncated">True when a reading limit stopped the reading (NarrativeLimits); left out otherwise.</param>
public sealed record NarrativeReport(
    IReadOnlyList<SectionReport> Sections,
    IReadOnlyList<NarrativeFinding> Findings,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] bool Truncated = false)
{
    /// <summary>
    /// How many places the text and the tables disagree: the findings less the notices that nothing could be compared
    /// (no section read, a section without its annex, or with several it cannot be told between). What the commune summary and the province's table count.
    /// </summary>
    [JsonIgnore]
    public int Disagreements => Findings.Count(f => f.Code is not (NarrativeFindingCode.NoSections or NarrativeFindingCode.SectionWithoutAnnex or NarrativeFindingCode.SectionWithSeveralAnnexes));

    /// <summary>
    /// The part of the report about the annexes on <paramref name="sheets"/> ("Bảng 2"): the sections checked against
    /// one of them, and their findings — those beside one of their rows and the section-level ones (tally, adopted
    /// count, opening) of those sections' communes, and the notice that no section was read (<see cref="NarrativeFindingCode.NoSections"/>).
    /// What a report's annexes sent on to their commune carry with them.
    /// </summary>
    public NarrativeReport Of(IReadOnlyCollection<string> sheets)
    {
        ArgumentNullException.ThrowIfNull(sheets);
        var sections = Sections.Where(s => s.Annex is { } annex && sheets.Contains(annex.Sheet)).ToArray();
        var communes = sections.Select(s => s.Commune).ToHashSet(StringComparer.Ordinal);
        // The notice that no section was read is about the whole text: it goes with every annex sent on.
        var findings = Findings.Where(f => f.Code == NarrativeFindingCode.NoSections
            || (f.Sheet is { } sheet ? sheets.Contains(sheet) : communes.Contains(f.Commune))).ToArray();
        return this with { Sections = sections, Findings = findings };
    }
}

/// <summary>
/// One commune section. Commune is the heading's ("Pú Bẩu"), openingCommune the commune the opening
/// sentence's congress names; annexNumber the heading's "biểu số 02" (2); adopted the count stated
/// ("thông qua 26 chỉ tiêu"); annex the annex it was checked against (null when none was found).
/// </summary>
public sealed record SectionReport(
    string Commune,
    string Heading,
    int? AnnexNumber,
    string? OpeningCommune,
    int? Adopted,
    StatedTallyReport? StatedTally,
    SectionAnnexReport? Annex,
    IReadOnlyList<StatementReport> Statements);

/// <summary>
/// The tally stated ("08 chỉ tiêu vượt, 12 chỉ tiêu đạt, 01 chỉ tiêu không đạt"): each count null when not stated, and the
/// quote; metOrExceeded the count stated together ("đạt và vượt 20/21 chỉ tiêu"), nearlyMet the "cơ bản đạt" count,
/// written only when stated.
/// </summary>
public sealed record StatedTallyReport(
    int? Exceeded,
    int? Met,
    int? NotMet,
    string Quote,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? MetOrExceeded = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? NearlyMet = null);

/// <summary>The annex a section was checked against: its sheet and commune, and its tallies as the table's verdicts give them and as the figures give them (qualitative rows by their own verdict).</summary>
public sealed record SectionAnnexReport(string Sheet, string? Commune, int Targets, TallyReport Table, TallyReport Computed);

/// <summary>A tally: exceeded, met, not met, and targets without a verdict.</summary>
public sealed record TallyReport(int Exceeded, int Met, int NotMet, int Unscored);

/// <summary>
/// One numbered statement: its number, text, the verdict it states ("exceeded", "met", "notMet" or null)
/// with its words, the row its words name (for its verdict), and the results it states.
/// </summary>
public sealed record StatementReport(
    int Ordinal,
    string Text,
    TargetStatus? Verdict,
    string? VerdictText,
    LinkReport Link,
    IReadOnlyList<ClaimReport> Claims);

/// <summary>
/// A result stated: its words, target and result figures (empty when not stated) as written, the percent stated, the
/// quote, and its row; excess how far beyond the target it says ("vượt 5,2% so với chỉ tiêu" → 5.2), written only when stated.
/// </summary>
public sealed record ClaimReport(
    string Words,
    IReadOnlyList<decimal> Target,
    IReadOnlyList<decimal> Result,
    decimal? Percent,
    string Quote,
    LinkReport Link,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] decimal? Excess = null);

/// <summary>
/// The row a statement or claim was linked to: basis "indicator", "indicator-and-ordinal" or "ordinal"; or,
/// not linked, "no-annex", "not-in-catalogue", "no-row-with-indicator", "ambiguous" with row null.
/// IndicatorCode is the catalogue indicator its words name; part the 0-based part of a composite row.
/// </summary>
public sealed record LinkReport(
    LinkBasis Basis,
    string? IndicatorCode,
    AnnexRowReference? Row,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Part = null);
