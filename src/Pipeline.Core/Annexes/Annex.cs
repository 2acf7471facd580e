namespace Pipeline.Core.Annexes;

/// <summary>One annex table read from a sheet.</summary>
/// <param name="Sheet">Name of the sheet that holds it.</param>
/// <param name="Commune">Commune name from the title rows ("Chiềng En"), or as given by the caller.</param>
/// <param name="Term">Term such as "2020-2025", from the title rows or the caller.</param>
/// <param name="HeaderRow">1-based row of the first header row.</param>
public sealed record Annex(
    string Sheet,
    string? Commune,
    string? Term,
    AnnexKind Kind,
    int HeaderRow,
    IReadOnlyList<AnnexRow> Rows)
{
    /// <summary>
    /// The commune and term the sheet itself names, whatever it was sent for (<see cref="Commune"/> and
    /// <see cref="Term"/> are the ones chosen when a caller gave them); null for annexes read before this was kept.
    /// </summary>
    public AnnexTitles? Titled { get; init; }

    /// <summary>
    /// The period the annex reports on: the one the caller chose, else the one its titles or result header
    /// state, else the whole term (an annex that names no year is read as it always was); null for a half-year
    /// report ("6 tháng đầu năm 2026", <see cref="AnnexTitles.HalfYear"/>), which is no period of the term. A
    /// <see cref="Periods.PeriodKind.Year"/> annex was read as a yearly annex (Reading.ColumnMap.ForYear):
    /// its rows' <see cref="AnnexRow.Target"/> is the year's plan where it has one (<see cref="HasYearPlan"/>).
    /// </summary>
    public Periods.ReportingPeriod? Period { get; init; } = Periods.ReportingPeriod.WholeTerm;

    /// <summary>True when the annex is a yearly one with a column for the year's plan: each row's target is then that plan.</summary>
    public bool HasYearPlan { get; init; }

    /// <summary>Legacy-encoded text converted to Unicode on the annex's sheet, one entry per encoding met; empty when none.</summary>
    public IReadOnlyList<TextConversion> TextConversions { get; init; } = [];

    /// <summary>Columns inside the table the reader could not place, left to right; empty when none.</summary>
    public IReadOnlyList<UnplacedColumn> UnplacedColumns { get; init; } = [];

    /// <summary>
    /// The sheet column letter ("G") of each column the reader placed, by its column key ("target",
    /// "actual", "reportedPercent", "verdict", …: Reading.ColumnKey), so a finding can name the cell to
    /// correct; empty for annexes read before this was kept.
    /// </summary>
    public IReadOnlyDictionary<string, string> ColumnLetters { get; init; } = new Dictionary<string, string>();
}
