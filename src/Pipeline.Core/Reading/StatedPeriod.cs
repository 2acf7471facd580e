using Pipeline.Core.Periods;

namespace Pipeline.Core.Reading;

/// <summary>
/// The period an annex's titles state (<see cref="PeriodTitle"/>).
/// </summary>
/// <param name="Period">A year of the term, the mid-term review or the whole term; null when the titles say none.</param>
/// <param name="HalfYear">
/// The year of a half-year report ("6 tháng đầu năm 2026" → 2026), which is not a year's result:
/// <see cref="Period"/> is then null and the reader says so (<see cref="PeriodTitle.HalfYearNote"/>); null otherwise.
/// </param>
public sealed record StatedPeriod(ReportingPeriod? Period, int? HalfYear)
{
    /// <summary>
    /// A single year the titles name that is no year of the term ("KẾT QUẢ THỰC HIỆN NĂM 2025" sent for 2025–2030:
    /// the term's first year is its baseline), when they name no term either; null otherwise. Such a file is read
    /// as the whole term's, which it is not: an upload of it without a period is held (AnnexPeriodCheck).
    /// </summary>
    public int? OtherYear { get; init; }

    /// <summary>
    /// A year of the term the result column's header names ("TH năm 2027") when the titles name another ("NĂM 2026") and
    /// not this one: the file contradicts itself. The titles' year stays <see cref="Period"/> (the documented order), and
    /// an upload is held until the clerk says which (AnnexPeriodCheck); null otherwise.
    /// </summary>
    public int? ResultYear { get; init; }

    /// <summary>Titles that state no period.</summary>
    public static StatedPeriod None { get; } = new(null, null);
}
