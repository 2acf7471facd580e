namespace Pipeline.Workbooks;

/// <summary>Horizontal alignment of a cell's content.</summary>
public enum CellAlignment
{
    General,
    Left,
    Center,
    Right,
}
