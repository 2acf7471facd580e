using System.Text.Json.Serialization;
using Pipeline.Core.Periods;
using Pipeline.Core.Units;

namespace Pipeline.Storage.Uploads;

/// <summary>One upload and what became of it.</summary>
/// <param name="BlobName">Name of the original inside the annexes container.</param>
/// <param name="ErrorCode">For rejected or failed uploads: "not-a-workbook", "processing-failed", ….</param>
/// <param name="ErrorMessage">For the clerk, in Vietnamese.</param>
/// <param name="AnnexCount">How many annexes parsing found (and scoring must score).</param>
/// <param name="Warnings">For the clerk, in Vietnamese: what the annex's titles say that differs from the commune or term chosen; kept for good.</param>
/// <param name="NeedsConfirmation">The titles name another registered commune or another term: the upload is <see cref="UploadStatus.Held"/> once scored, until confirmed.</param>
/// <param name="Period">
/// The period the upload's figures count for: the one the clerk chose (<paramref name="PeriodChosen"/>), else — once
/// parsed — the file's own (Reading.AnnexPeriodCheck); null before that, and for a half-year report sent without one
/// (<paramref name="HalfYear"/>). <see cref="CountsFor"/> says what it counts for.
/// </param>
/// <param name="PeriodChosen">The clerk chose <paramref name="Period"/> (the upload's <c>period</c> field).</param>
/// <param name="HalfYear">The year of a half-year report sent without a period: scored, shown, and current for no period.</param>
/// <param name="ConfirmedBy">Who confirmed a held upload (the name behind the key), with <paramref name="ConfirmedAt"/>; null otherwise.</param>
/// <param name="UploaderCommune">The commune of the officer who sent it; null for uploads recorded before it was kept.</param>
/// <param name="ReportOf">
/// For the annexes of a report that belong to another commune or term than the report's (Reading.AnnexAttribution): the
/// report's upload id. Such a part is an upload of its own — parsed, scored, made current, held and reviewed as any — whose
/// original is the report's (<paramref name="BlobName"/> is the report's) and whose annexes are <paramref name="AnnexIndexes"/>.
/// </param>
/// <param name="AnnexIndexes">A part's annexes: their positions among the report's annexes, in reading order; null for any other upload.</param>
/// <param name="Parts">A report's parts sent to other communes or terms, once parsed; null for any other upload.</param>
/// <param name="ReportFindings">
/// For annexes that came in a report with text: the places the text disagrees with them (NarrativeReport.Disagreements), once parsed (its commune summary
/// carries it, and the province's table); null for a workbook.
/// </param>
public sealed record UploadRecord(
    string UploadId,
    CommuneId Commune,
    string Term,
    string FileName,
    string Uploader,
    string BlobName,
    DateTimeOffset ReceivedAt,
    UploadStatus Status,
    string? ErrorCode = null,
    string? ErrorMessage = null,
    int AnnexCount = 0,
    DateTimeOffset? ScoredAt = null,
    IReadOnlyList<string>? Warnings = null,
    bool NeedsConfirmation = false,
    string? ConfirmedBy = null,
    DateTimeOffset? ConfirmedAt = null,
    ReportingPeriod? Period = null,
    bool PeriodChosen = false,
    int? HalfYear = null,
    CommuneId? UploaderCommune = null,
    string? ReportOf = null,
    IReadOnlyList<int>? AnnexIndexes = null,
    IReadOnlyList<UploadPart>? Parts = null,
    int? ReportFindings = null)
{
    /// <summary>
    /// What the upload is the current annex of once scored: its period; the whole term for an upload without one (recorded before
    /// periods existed, or not parsed yet); null for a half-year report, which counts for no period.
    /// </summary>
    [JsonIgnore]
    public ReportingPeriod? CountsFor => Period ?? (HalfYear is null ? ReportingPeriod.WholeTerm : null);

    /// <summary>True when the upload is (or would be) the commune's whole-term annex: the one summaries, consolidation and the province's review follow.</summary>
    [JsonIgnore]
    public bool ForWholeTerm => CountsFor == ReportingPeriod.WholeTerm;
}
