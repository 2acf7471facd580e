using System.Globalization;

namespace Pipeline.Workbooks;

/// <summary>
/// How Excel with Vietnamese regional settings shows a cell: decimal comma, percent sign, the
/// number format's decimals. What a clerk copies into a CSV export or types into a Word table.
/// </summary>
public static class CellDisplay
{
    public static string Of(CellSpec cell) => cell switch
    {
        TextCell text => text.Value,
        NumberCell { Format: CellSpec.PercentFormat } percent => VietnameseNumber(percent.Value * 100, "0.00") + "%",
        NumberCell number => VietnameseNumber(number.Value, Decimals(number.Format)),
        FormulaCell formula => VietnameseNumber(formula.Value, Decimals(formula.Format)),
        _ => string.Empty,
    };

    /// <summary>"0.0" shows one decimal always; General (null) as many as the value has, up to ten.</summary>
    private static string Decimals(string? format) => format is "0.0" or "0.00" ? format : "0.##########";

    private static string VietnameseNumber(double value, string format) =>
        value.ToString(format, CultureInfo.InvariantCulture).Replace('.', ',');
}
