using System.Globalization;
using Pipeline.Core.Text;
using Pipeline.Core.Values;

namespace Pipeline.Core.Reading;

/// <summary>One cell as the workbook holds it, with its cleaned display text worked out once.</summary>
public readonly record struct SheetCell(object? Value, string? NumberFormat, string Text)
{
    public static SheetCell Create(object? value, string? numberFormat) => new(value, numberFormat, value switch
    {
        null => string.Empty,
        string s => VietnameseText.Clean(s),
        double d => AnnexValueParser.FromNumber(d, numberFormat).Text,
        DateTime date => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty,
    });

    public static SheetCell Blank { get; } = new(null, null, string.Empty);

    public bool IsEmpty => string.IsNullOrEmpty(Text);

    /// <summary>The cell's value read as an annex value (numbers, composites, percent cells).</summary>
    public AnnexValue ToValue() => AnnexValueParser.FromCell(Value, NumberFormat);
}
