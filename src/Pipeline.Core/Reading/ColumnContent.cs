using Pipeline.Core.Annexes;
using Pipeline.Core.Scoring;

namespace Pipeline.Core.Reading;

/// <summary>
/// Tells what a column holds from its cells on the table's target rows, for columns whose
/// header names nothing (docs/reading-and-scoring.md, "Columns known by their content").
/// A column is the reported percent when its numbers agree with achieved ÷ target × 100, or
/// with target ÷ achieved × 100 (lower is better), within the scorer's
/// <see cref="TargetScorer.PercentMismatchPoints"/>; it is the verdict when its texts are the
/// words <see cref="VerdictReader"/> reads. Either needs <see cref="MinimumRows"/> rows to judge
/// and agreement on <see cref="MinimumShare"/> of them.
/// </summary>
internal static class ColumnContent
{
    /// <summary>Fewest rows that can be judged (both figures and the cell numbers; or non-empty verdict cells).</summary>
    public const int MinimumRows = 3;

    /// <summary>Share of the judged rows that must agree: a clerk's percent is sometimes wrong (Chiềng En row 20), rarely most of the time.</summary>
    public const decimal MinimumShare = 0.6m;

    /// <summary>
    /// The share of judged rows (0 to 1) whose number agrees with the row's ratio in either
    /// direction, or null when fewer than <see cref="MinimumRows"/> can be judged. A row is judged
    /// when its target, its achieved value and the cell each hold exactly one number.
    /// </summary>
    /// <param name="rows">The table's target rows.</param>
    /// <param name="cells">The column's non-empty cells, by index into <paramref name="rows"/>.</param>
    public static decimal? PercentAgreement(IReadOnlyList<AnnexRow> rows, IEnumerable<(int Row, SheetCell Cell)> cells)
    {
        var judged = 0;
        var agreeing = 0;
        foreach (var (index, cell) in cells)
        {
            var row = rows[index];
            if (row.Target.Parts.Count != 1 || row.Actual.Parts.Count != 1) continue;
            var value = cell.ToValue();
            if (value.Parts.Count != 1) continue;
            judged++;
            var (target, actual, reported) = (row.Target.Parts[0], row.Actual.Parts[0], value.Parts[0]);
            if (Agrees(reported, TargetScorer.PartRatio(target, actual, Direction.Higher))
                || Agrees(reported, TargetScorer.PartRatio(target, actual, Direction.Lower)))
                agreeing++;
        }
        return judged < MinimumRows ? null : (decimal)agreeing / judged;
    }

    /// <summary>
    /// The share of the column's non-empty cells (0 to 1) that read as a verdict, or null when
    /// fewer than <see cref="MinimumRows"/> cells are non-empty.
    /// </summary>
    public static decimal? VerdictShare(IEnumerable<(int Row, SheetCell Cell)> cells)
    {
        var judged = 0;
        var verdicts = 0;
        foreach (var (_, cell) in cells)
        {
            judged++;
            if (VerdictReader.Read(cell.Text) is not null) verdicts++;
        }
        return judged < MinimumRows ? null : (decimal)verdicts / judged;
    }

    /// <summary>True when a share is enough to place a column.</summary>
    public static bool IsEnough(decimal? share) => share >= MinimumShare;

    private static bool Agrees(decimal reported, decimal? computed) =>
        computed is { } value && Math.Abs(reported - value) < TargetScorer.PercentMismatchPoints;
}
