namespace Pipeline.Workbooks;

/// <summary>
/// Annex sheets retyped as communes with legacy Vietnamese fonts save them: every text cell
/// in TCVN3 or VNI, set in the matching font or (for files whose fonts were lost) in the
/// house font. Numbers stay numbers.
/// </summary>
public static class LegacySheets
{
    /// <summary>TCVN3 text in ".VnTime", all-capital text (titles) in ".VnTimeH".</summary>
    public static SheetSpec Tcvn3(SheetSpec sheet) =>
        Retype(sheet, text => (LegacyTypist.ToTcvn3(text), IsCapitals(text) ? ".VnTimeH" : ".VnTime"));

    /// <summary>TCVN3 text in the house font: the file says nothing of the encoding.</summary>
    public static SheetSpec Tcvn3WithoutFonts(SheetSpec sheet) => Retype(sheet, text => (LegacyTypist.ToTcvn3(text), null));

    /// <summary>VNI text in "VNI-Times".</summary>
    public static SheetSpec Vni(SheetSpec sheet) => Retype(sheet, text => (LegacyTypist.ToVni(text), "VNI-Times"));

    /// <summary>VNI text in the house font.</summary>
    public static SheetSpec VniWithoutFonts(SheetSpec sheet) => Retype(sheet, text => (LegacyTypist.ToVni(text), null));

    /// <summary>
    /// Titles and headers in Unicode, the table's text cells (from <paramref name="firstBodyRow"/>,
    /// 0-based) in TCVN3, in ".VnTime" or in the house font: a form started from a Unicode
    /// template and filled in with an old keyboard driver.
    /// </summary>
    public static SheetSpec Tcvn3BodyInUnicodeForm(SheetSpec sheet, int firstBodyRow, bool withFont) =>
        Retype(sheet, text => (LegacyTypist.ToTcvn3(text), withFont ? ".VnTime" : null), firstBodyRow);

    /// <summary>
    /// The sheet's Unicode text left in a legacy font: what a converter (Unikey's, for one)
    /// leaves when it converts the text but not the cells' fonts.
    /// </summary>
    public static SheetSpec UnicodeInFont(SheetSpec sheet, string font) => Retype(sheet, text => (text, font));

    /// <summary>Text cells changed by a retyping, counted over the sheet: what the reader must report converted.</summary>
    public static int ChangedTextCells(SheetSpec original, SheetSpec retyped)
    {
        ArgumentNullException.ThrowIfNull(original);
        ArgumentNullException.ThrowIfNull(retyped);
        var count = 0;
        for (var r = 0; r < original.Rows.Count; r++)
        {
            for (var c = 0; c < original.Rows[r].Count; c++)
            {
                if (original.Rows[r][c] is TextCell before && retyped.Rows[r][c] is TextCell after &&
                    !string.Equals(before.Value.Trim(), after.Value.Trim(), StringComparison.Ordinal))
                    count++;
            }
        }
        return count;
    }

    private static bool IsCapitals(string text) =>
        LegacyTypist.NeedsCapitalsFont(text) && string.Equals(text, text.ToUpperInvariant(), StringComparison.Ordinal);

    private static SheetSpec Retype(SheetSpec sheet, Func<string, (string Text, string? Font)> retype, int firstRow = 0)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        var rows = new List<IReadOnlyList<CellSpec>>(sheet.Rows.Count);
        for (var r = 0; r < sheet.Rows.Count; r++)
        {
            if (r < firstRow)
            {
                rows.Add(sheet.Rows[r]);
                continue;
            }
            rows.Add([.. sheet.Rows[r].Select(cell => cell switch
            {
                TextCell text when retype(text.Value) is var (typed, font) => new TextCell(typed) { Look = text.Look with { Font = font } },
                _ => cell,
            })]);
        }
        return sheet with { Rows = rows };
    }
}
