using System.Globalization;

namespace Pipeline.Workbooks;

/// <summary>A1-style names of cells and columns, for formulas and messages.</summary>
internal static class CellName
{
    /// <summary>0 → "A", 25 → "Z", 26 → "AA".</summary>
    public static string Column(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        var name = string.Empty;
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }

        return name;
    }

    /// <summary>0-based row and column → "B7".</summary>
    public static string Of(int row, int column) =>
        Column(column) + (row + 1).ToString(CultureInfo.InvariantCulture);
}
