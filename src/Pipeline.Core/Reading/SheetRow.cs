namespace Pipeline.Core.Reading;

/// <summary>One row of a sheet. <see cref="Number"/> is 1-based, as Excel shows it.</summary>
public sealed class SheetRow(int number, SheetCell[] cells)
{
    public int Number { get; } = number;

    public IReadOnlyList<SheetCell> Cells { get; } = cells;

    public bool IsEmpty { get; } = Array.TrueForAll(cells, c => c.IsEmpty);

    public SheetCell this[int column] => column >= 0 && column < Cells.Count ? Cells[column] : SheetCell.Blank;

    public string TextAt(int column) => this[column].Text;

    /// <summary>Texts of the non-empty cells, left to right.</summary>
    public IEnumerable<(int Column, string Text)> NonEmpty()
    {
        for (var c = 0; c < Cells.Count; c++)
        {
            if (!Cells[c].IsEmpty) yield return (c, Cells[c].Text);
        }
    }
}
