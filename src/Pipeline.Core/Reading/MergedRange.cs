namespace Pipeline.Core.Reading;

/// <summary>A merged range of cells, 0-based and inclusive, as ExcelDataReader reports it.</summary>
public readonly record struct MergedRange(int FromRow, int FromColumn, int ToRow, int ToColumn)
{
    public bool Contains(int row, int column) =>
        row >= FromRow && row <= ToRow && column >= FromColumn && column <= ToColumn;
}
