using Pipeline.Core.Annexes;
using Pipeline.Core.Periods;
using Pipeline.Core.Units;

namespace Pipeline.Core.Reading;

/// <summary>What one sheet gave: its annexes, whether it held anything at all, how many non-empty rows were read, or why it was refused.</summary>
internal sealed record SheetScan(IReadOnlyList<Annex> Annexes, bool HasContent, int RowsRead, ReadError? Error);

/// <summary>
/// Finds the annex tables on one sheet, streaming its rows once: title rows, then a header
/// block, then target rows until a signature block, the title of another annex, or the end.
/// </summary>
internal static class SheetScanner
{
    private const int MaxHeaderRows = 4;
    private const int MaxTitleLines = 40;

    /// <param name="rowsLeft">Non-empty rows the workbook may still read (<see cref="AnnexReadLimits.MaxRowsPerWorkbook"/> less what earlier sheets read).</param>
    public static SheetScan Scan(string sheet, IEnumerable<SheetRow> rows, IReadOnlyList<MergedRange> merges, AnnexReadOptions options, int rowsLeft)
    {
        var limits = options.Limits;
        var annexes = new List<Annex>();
        var titles = new List<string>();
        var hasContent = false;
        AnnexTableBuilder? table = null;
        List<SheetRow> header = [];
        var headerRow = 0;
        string? headerTerm = null;
        var stated = StatedPeriod.None;

        var workbookBound = rowsLeft < limits.MaxRowsPerSheet;
        using var cursor = new RowCursor(rows, workbookBound ? rowsLeft : limits.MaxRowsPerSheet);
        while (cursor.TryNext(out var row))
        {
            hasContent = true;
            if (table is not null)
            {
                var startsAnotherAnnex = TitleReader.IsAnnexTitle(row.NonEmpty().First().Text);
                if (startsAnotherAnnex || SignatureBlock.IsSignatureRow(row, table.Map))
                {
                    Finish();
                    if (startsAnotherAnnex) titles.Add(LineOf(row));
                    continue;
                }
                // The header typed again over the rows of a new page (or its column numbering row) is no target.
                if (HeaderRecognizer.IsNumberingRow(row) || header.Exists(h => h.NonEmpty().SequenceEqual(row.NonEmpty()))) continue;
                table.Add(row);
                continue;
            }

            if (HeaderRecognizer.IsHeaderStart(row, limits.MaxColumns))
            {
                header = [row];
                while (header.Count < MaxHeaderRows && cursor.TryPeek(out var next) && IsHeaderContinuation(next, header, merges))
                {
                    cursor.TryNext(out next);
                    header.Add(next);
                }
                var candidate = ColumnMap.FromHeader(header, merges, limits.MaxColumns);
                if (candidate.IsAnnex)
                {
                    if (cursor.TryPeek(out var numbering) && HeaderRecognizer.IsNumberingRow(numbering)) cursor.TryNext(out _);
                    // The target column's term first: a header may also name the period before it ("Thực hiện 2020-2025").
                    headerTerm = TitleReader.ReadTerm([candidate.HeaderOf(candidate[AnnexColumn.Target]!.Value)]) ?? TitleReader.ReadTerm(header.Select(LineOf));
                    // The file's own word on its term decides what its columns are; the term it was sent for only when it says none.
                    var term = TitleReader.ReadTerm(titles) ?? headerTerm ?? options.Term;
                    Term? annexTerm = Term.TryParse(term, out var parsed) ? parsed : null;
                    stated = StatedPeriodOf(sheet, titles, candidate, annexTerm);
                    // The clerk's period decides how the columns are read; else the file's own word; else the whole term, as always.
                    var readAs = options.Period ?? stated.Period ?? (stated.HalfYear is { } half ? ReportingPeriod.OfYear(half) : ReportingPeriod.WholeTerm);
                    var map = readAs.Year is { } year ? candidate.ForYear(year, annexTerm?.StartYear) : candidate.WithPeriods(annexTerm?.StartYear);
                    table = new AnnexTableBuilder(map, limits.MaxCellCharacters);
                    headerRow = row.Number;
                    continue;
                }
            }

            if (titles.Count == MaxTitleLines) titles.RemoveAt(0);
            titles.Add(LineOf(row));
        }

        if (cursor.LimitReached && workbookBound)
            return new SheetScan([], true, cursor.Count, Refusals.WorkbookTooLarge(limits.MaxRowsPerWorkbook));
        if (cursor.LimitReached && (table is not null || annexes.Count == 0))
            return new SheetScan([], true, cursor.Count, Refusals.SheetTooLarge(sheet, limits.MaxRowsPerSheet));
        Finish();
        return new SheetScan(annexes, hasContent, cursor.Count, null);

        void Finish()
        {
            if (table is { Rows.Count: > 0 })
            {
                var read = table.Build();
                var titled = new AnnexTitles(TitleReader.ReadCommune(Enumerable.Reverse(titles)), TitleReader.ReadTerm(titles) ?? headerTerm) // nearest the header first
                {
                    Period = stated.Period,
                    HalfYear = stated.HalfYear,
                    OtherYear = stated.OtherYear,
                    ResultYear = stated.ResultYear,
                };
                annexes.Add(new Annex(
                    Sheet: sheet,
                    Commune: options.Commune ?? titled.Commune,
                    Term: options.Term ?? titled.Term,
                    Kind: read.Map.Has(AnnexColumn.Actual) ? AnnexKind.Results : AnnexKind.TargetsOnly,
                    HeaderRow: headerRow,
                    Rows: read.Rows)
                {
                    Titled = titled,
                    UnplacedColumns = read.UnplacedColumns,
                    ColumnLetters = read.Map.Columns.ToDictionary(c => ColumnKey.Of(c.Key), c => ColumnLetter.Of(c.Value)),
                    // A half-year report is no period of the term (PeriodTitle.HalfYearNote says so to the clerk).
                    Period = options.Period ?? (stated.HalfYear is not null ? null : stated.Period ?? ReportingPeriod.WholeTerm),
                    HasYearPlan = read.Map.ScoresYearPlan,
                });
            }
            table = null;
            titles.Clear();
            stated = StatedPeriod.None;
        }
    }

    /// <summary>
    /// The period the titles state (<see cref="PeriodTitle"/>); when they state none or only the whole term, a
    /// result column naming one year strictly inside the term ("Ước thực hiện năm 2026" under 2025–2030 targets)
    /// makes the annex that year's; else the sheet's name ("Năm 2026"), a year strictly inside the term too. The term's last
    /// year is left to the titles: an end-of-term annex's result is "Ước thực hiện năm 2025" of 2020–2025.
    /// </summary>
    private static StatedPeriod StatedPeriodOf(string sheet, IReadOnlyList<string> titles, ColumnMap header, Term? term)
    {
        var resultYear = header.ResultYear(term?.StartYear);
        var stated = PeriodTitle.Read(titles, term, resultYear);
        // No contradiction when a result column names the titles' year too ("TH năm 2026" beside "TH năm 2027" under "NĂM 2026").
        if (stated is { ResultYear: not null, Period.Year: { } titled } && header.ResultYears(term?.StartYear).Contains(titled)) stated = stated with { ResultYear = null };
        if (stated.HalfYear is not null || stated.Period is { Kind: not PeriodKind.Term } || term is not { } known) return stated;
        // A result column of part of a year ("Thực hiện 6 tháng đầu năm 2026", "Quý III năm 2026"), and none of the whole year, is no year's result.
        if (header.ResultPartOfYear(known.StartYear) is { } part) return new StatedPeriod(null, part);
        if (resultYear is { } year && year > known.StartYear && year < known.EndYear) return new StatedPeriod(ReportingPeriod.OfYear(year), null);
        // Last, the sheet's name: a tab "Năm 2026" under titles naming only the term, over "Kế hoạch | Thực hiện".
        return PeriodTitle.Read([sheet], known).Period is { Year: { } named } && named < known.EndYear ? new StatedPeriod(ReportingPeriod.OfYear(named), null) : stated;
    }

    /// <summary>
    /// The next row belongs to the header block when a merge from the first header row reaches
    /// down into it, or when it is the very next row and holds only short texts, no figures and
    /// no ordinal: the second and third lines of a header split over rows.
    /// </summary>
    private static bool IsHeaderContinuation(SheetRow next, List<SheetRow> header, IReadOnlyList<MergedRange> merges)
    {
        if (next.Number != header[^1].Number + 1) return false;
        var first = header[0].Number - 1;
        var index = next.Number - 1;
        foreach (var merge in merges)
        {
            if (merge.FromRow == first && merge.ToRow >= index) return true;
        }

        if (HeaderRecognizer.IsNumberingRow(next)) return false;
        foreach (var (column, text) in next.NonEmpty())
        {
            if (next[column].Value is double || text.Length > 40) return false;
        }
        var leading = next.NonEmpty().First().Text;
        // A group's ordinal may stand second, after a column naming the field ("Kinh tế | I | Nhóm chỉ tiêu …").
        return !char.IsAsciiDigit(leading[0]) && !next.NonEmpty().Take(2).Any(c => GroupRowReader.IsGroupOrdinal(c.Text)) && !IsGroupTitle(next, leading);
    }

    /// <summary>
    /// The first group row of the table, right under its header: "A. KINH TẾ" or "I - Kinh tế" in one
    /// cell, "Nhóm chỉ tiêu về kinh tế", or a lone cell naming a group ("KINH TẾ"). Taken into the
    /// header it would rename the columns it stands in.
    /// </summary>
    private static bool IsGroupTitle(SheetRow row, string leading)
    {
        var firstWord = leading.Split([' ', '.', ')', '-', ':'], 2, StringSplitOptions.RemoveEmptyEntries)[0];
        if (leading.Length > firstWord.Length && GroupRowReader.IsGroupOrdinal(firstWord)) return true;
        var text = LineOf(row);
        if (GroupRowReader.LooksLikeGroupTitle(text)) return true;
        return row.NonEmpty().Count() == 1 && GroupRowReader.GroupOf(text) is not null;
    }

    private static string LineOf(SheetRow row) => string.Join(' ', row.NonEmpty().Select(c => c.Text));
}
