using System.Globalization;
using System.Xml.Linq;

namespace Pipeline.Workbooks;

/// <summary>
/// An .xlsx as report exporters write it: figures as formulas with no computed value stored
/// (Excel computes them on open). Every number in the annex's target, result and percent
/// columns becomes a formula of the same value (<c>SUM(18)</c>, <c>ROUND(152.7,1)</c>), and
/// the ordinals from the second on one shared formula, <c>MAX($A$9:A9)+1</c>, stored once.
/// Whoever reads the file as Excel shows it reads the same annex.
/// </summary>
public static class UncalculatedFormulas
{
    private static readonly XNamespace Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    /// <param name="xlsx">A workbook from <see cref="WorkbookWriter"/> whose first sheet holds an annex with ordinals in column A.</param>
    /// <param name="valueColumns">The columns whose numbers become formulas, e.g. "D", "E", "F".</param>
    public static byte[] Write(byte[] xlsx, params string[] valueColumns) =>
        RawXlsxPackage.Rewrite(xlsx, "xl/worksheets/sheet1.xml", xml =>
        {
            var sheet = XDocument.Parse(xml);
            XElement? firstOrdinal = null;
            var shared = false;
            foreach (var cell in sheet.Descendants(Main + "c").ToList())
            {
                var reference = (string?)cell.Attribute("r") ?? string.Empty;
                var column = new string(reference.TakeWhile(char.IsAsciiLetter).ToArray());
                if (cell.Attribute("t") is not null || cell.Element(Main + "v") is not { } value) continue; // numbers only
                var number = double.Parse(value.Value, CultureInfo.InvariantCulture);
                if (column == "A" && number == Math.Floor(number) && number >= 1)
                {
                    if (firstOrdinal is null)
                    {
                        firstOrdinal = cell;
                        continue;
                    }
                    var row = int.Parse(reference[1..], CultureInfo.InvariantCulture);
                    var first = int.Parse(((string)firstOrdinal.Attribute("r")!)[1..], CultureInfo.InvariantCulture);
                    value.Remove();
                    cell.Add(shared
                        ? new XElement(Main + "f", new XAttribute("t", "shared"), new XAttribute("si", "0"))
                        : new XElement(Main + "f", new XAttribute("t", "shared"), new XAttribute("si", "0"),
                            new XAttribute("ref", $"A{row}:A1048576"), $"MAX($A${first}:A{row - 1})+1"));
                    shared = true;
                }
                else if (valueColumns.Contains(column))
                {
                    value.Remove();
                    var text = number.ToString("R", CultureInfo.InvariantCulture);
                    cell.Add(new XElement(Main + "f", column == valueColumns[^1] ? $"ROUND({text},1)" : $"SUM({text})"));
                }
            }
            return sheet.Declaration + sheet.Root!.ToString(SaveOptions.DisableFormatting);
        });
}
