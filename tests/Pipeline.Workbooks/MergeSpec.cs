namespace Pipeline.Workbooks;

/// <summary>A merged range, 0-based and inclusive; the value lives in the top-left cell.</summary>
public sealed record MergeSpec(int FirstRow, int FirstColumn, int LastRow, int LastColumn)
{
    public int RowCount => LastRow - FirstRow + 1;

    public int ColumnCount => LastColumn - FirstColumn + 1;

    public bool Contains(int row, int column) =>
        row >= FirstRow && row <= LastRow && column >= FirstColumn && column <= LastColumn;
}
