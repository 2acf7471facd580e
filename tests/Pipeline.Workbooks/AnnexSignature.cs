namespace Pipeline.Workbooks;

/// <summary>
/// The block under a table: "T/M ĐẢNG ỦY", "BÍ THƯ", room to sign, a name, in the right-hand
/// columns; optionally "Nơi nhận:" and its list on the left. It is text near the table that
/// is not part of it, which a reader must not take for a target.
/// </summary>
/// <param name="Lines">Right-hand lines, top to bottom; an empty string leaves a blank row (room to sign).</param>
public sealed record AnnexSignature(IReadOnlyList<string> Lines)
{
    /// <summary>Lines after "Nơi nhận:" on the left, e.g. "- Như trên,"; empty for none.</summary>
    public IReadOnlyList<string> Recipients { get; init; } = [];

    /// <summary>Blank rows between the last table row and the block.</summary>
    public int RowsAfterTable { get; init; } = 1;

    /// <summary>How many right-hand columns the lines are merged across.</summary>
    public int Columns { get; init; } = 3;
}
