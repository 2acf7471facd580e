namespace Pipeline.Core.Annexes;

/// <summary>
/// What a sheet itself says it is: the commune its title rows name and the term they (else the
/// target column's header) name, as written, before the commune and term the file was sent for
/// replace them on the <see cref="Annex"/>. Null parts: the sheet does not say.
/// Compared with the clerk's choice by <c>Reading.AnnexTitleCheck</c>.
/// </summary>
public sealed record AnnexTitles(string? Commune, string? Term)
{
    /// <summary>
    /// The period the titles (else the result column's header) state: a year of the term, the mid-term review or the
    /// whole term (Reading.PeriodTitle); null when they state none, or a half-year.
    /// </summary>
    public Periods.ReportingPeriod? Period { get; init; }

    /// <summary>A single year the titles name that is no year of the term, when they name no term (Reading.StatedPeriod.OtherYear); null otherwise.</summary>
    public int? OtherYear { get; init; }

    /// <summary>
    /// A year of the term the result column's header names ("TH năm 2027") that the titles, naming another ("NĂM 2026"),
    /// do not (Reading.StatedPeriod.ResultYear): the file contradicts itself, and an upload is held; null otherwise.
    /// </summary>
    public int? ResultYear { get; init; }

    /// <summary>The year of a half-year report ("6 tháng đầu năm 2026" → 2026), which is no year's result; null otherwise.</summary>
    public int? HalfYear { get; init; }
}
