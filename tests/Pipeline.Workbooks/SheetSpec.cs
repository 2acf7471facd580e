namespace Pipeline.Workbooks;

/// <summary>
/// One worksheet as a grid of cells. Rows may be ragged; a missing cell is empty.
/// </summary>
/// <param name="Name">Sheet tab name (at most 31 characters, no []:*?/\).</param>
/// <param name="Rows">Rows from the top; may be a lazily computed list (see huge sheets).</param>
/// <param name="Merges">Merged ranges, 0-based.</param>
/// <param name="Hidden">Whether the tab is hidden.</param>
public sealed record SheetSpec(
    string Name,
    IReadOnlyList<IReadOnlyList<CellSpec>> Rows,
    IReadOnlyList<MergeSpec> Merges,
    bool Hidden = false)
{
    /// <summary>Column widths in characters, by column index; zero or less keeps Excel's default.</summary>
    public IReadOnlyList<double> ColumnWidths { get; init; } = [];

    /// <summary>A sheet of plain text lines in column A, e.g. an instructions page.</summary>
    public static SheetSpec OfLines(string name, IEnumerable<string> lines) =>
        new(name, [.. lines.Select(line => (IReadOnlyList<CellSpec>)[(CellSpec)line])], []);
}
