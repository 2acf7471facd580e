using Pipeline.Core.Text;

namespace Pipeline.Core.Reading;

/// <summary>
/// Which cells of each sheet the file sets in a legacy Vietnamese font, by sheet name and
/// 0-based (row, column) as ExcelDataReader counts them. Only cells in a legacy font are kept,
/// so a file without such fonts costs nothing; <see cref="Empty"/> when the file says nothing.
/// </summary>
internal sealed class LegacyFontMap(int maxCells = 0)
{
    private readonly Dictionary<string, Dictionary<long, LegacyFont>> _sheets = new(StringComparer.Ordinal);
    private int _cells;

    public static LegacyFontMap Empty { get; } = new();

    /// <summary>True when no cell of any sheet is set in a legacy font.</summary>
    public bool IsEmpty => _sheets.Count == 0;

    /// <summary>The legacy font of a cell, or null when the file gives it none.</summary>
    public LegacyFont? FontOf(string sheet, int row, int column) =>
        _sheets.TryGetValue(sheet, out var cells) && cells.TryGetValue(Key(row, column), out var font) ? font : null;

    /// <summary>The cells of one sheet, or null when none of them is in a legacy font.</summary>
    public IReadOnlyDictionary<long, LegacyFont>? Sheet(string sheet) => _sheets.GetValueOrDefault(sheet);

    /// <summary>
    /// Records a cell of a sheet (Excel keeps sheet names unique, so the name identifies the
    /// sheet). False once the map holds the most cells it may (the workbook's cap, given when
    /// it was made): later cells are left to the character test, and the scan may stop.
    /// </summary>
    public bool Add(string sheet, int row, int column, LegacyFont font)
    {
        if (_cells >= maxCells) return false;
        if (!_sheets.TryGetValue(sheet, out var cells)) _sheets[sheet] = cells = [];
        if (cells.TryAdd(Key(row, column), font)) _cells++;
        else cells[Key(row, column)] = font;
        return true;
    }

    /// <summary>The key a cell is stored under in <see cref="Sheet"/>.</summary>
    public static long Key(int row, int column) => ((long)row << 20) | (uint)column;
}
