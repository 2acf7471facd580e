using Pipeline.Core.Text;

namespace Pipeline.Core.Reading;

/// <summary>
/// Recognises an annex column by the meaning of its header text: every spelling communes
/// use (docs/reading-and-scoring.md, "Columns by meaning"), in any order, in either Unicode form, with stray spaces and line breaks.
/// The checks run from the most specific to the least, because "Chỉ tiêu" names the
/// indicator column while "Chỉ tiêu NQ Đại hội" names the target column.
/// </summary>
public static class HeaderRecognizer
{
    private static readonly HashSet<string> OrdinalHeaders =
        ["tt", "stt", "t t", "s tt", "st t", "so tt", "so thu tu", "thu tu", "tt stt", "no"];

    private static readonly HashSet<string> IndicatorHeaders =
    [
        "chi tieu", "cac chi tieu", "ten chi tieu", "chi tieu chu yeu", "cac chi tieu chu yeu",
        "noi dung", "noi dung chi tieu", "danh muc", "danh muc chi tieu", "chi tieu kinh te xa hoi",
        "noi dung chi tieu chu yeu", "ten cac chi tieu", "chi tieu nhiem vu", "nhiem vu chi tieu",
        "chi tieu chinh", "cac chi tieu chinh", "hang muc", "ten cac chi tieu chu yeu",
    ];

    private static readonly HashSet<string> UnitHeaders = ["dvt", "dv"];

    // "Kết quả (Đạt/Không đạt)" lists the verdict words themselves; "ĐG" is the usual abbreviation.
    private static readonly string[] VerdictPhrases =
        ["danh gia", "nhan xet", "ket qua danh gia", "xep loai", "dg", "tu dg", "dat/khong dat", "vuot/dat", "dat/chua dat"];

    private static readonly string[] NotesPhrases = ["ghi chu"];

    // "TH/KH" is achieved over plan: a ratio. "So với NQ" compares with the target: a ratio too.
    private static readonly string[] PercentPhrases =
    [
        "so sanh", "so voi", "ty le %", "% so voi", "% dat", "ty le dat", "ty le thuc hien", "% thuc hien", "dat %",
        "th/kh", "th/nq", "th/ct", "kq/kh", "ty le hoan thanh", "% hoan thanh", "hoan thanh %",
    ];

    private static readonly string[] TargetPhrases = ["nghi quyet", "nq", "ke hoach", "muc tieu", "de ra", "dai hoi", "chi tieu giao", "kh", "phan dau"];

    // A header that opens with these names the achieved value whatever follows:
    // "Thực hiện NQ", "Ước TH năm 2025", "KQ đạt được", "TH đến 2025".
    private static readonly string[] ActualOpenings = ["thuc hien", "uoc", "uth", "kq", "th", "dat duoc", "thuc te"];

    private static readonly string[] ActualPhrases = ["thuc hien", "th", "uoc th", "uoc thuc hien", "uoc dat", "thuc te", "dat duoc"];

    /// <summary>
    /// The column a header text names, or null when it names none. Checked in this order:
    /// ordinal, unit, verdict, notes, reported percent, achieved (by its opening words or
    /// "kết quả"), indicator, target, achieved (anywhere in the text).
    /// </summary>
    public static AnnexColumn? Classify(string headerText)
    {
        var folded = VietnameseText.Fold(headerText);
        if (folded.Length == 0) return null;

        if (OrdinalHeaders.Contains(folded)) return AnnexColumn.Ordinal;
        if (UnitHeaders.Contains(folded) || folded.StartsWith("don vi", StringComparison.Ordinal)
            || folded.StartsWith("dvt ", StringComparison.Ordinal) || folded.StartsWith("dv tinh", StringComparison.Ordinal))
            return AnnexColumn.Unit;
        if (ContainsAny(folded, VerdictPhrases)) return AnnexColumn.Verdict;
        if (ContainsAny(folded, NotesPhrases)) return AnnexColumn.Notes;
        // A header that opens with "%" is a percent whatever follows: "% so KH", "% TH".
        if (folded is "ty le" || folded.StartsWith('%') || ContainsAny(folded, PercentPhrases) || (VietnameseText.ContainsPhrase(folded, "ty le") && folded.Contains('%')))
            return AnnexColumn.ReportedPercent;
        if (OpensWithAny(folded, ActualOpenings) || VietnameseText.ContainsPhrase(folded, "ket qua")) return AnnexColumn.Actual;
        if (IndicatorHeaders.Contains(folded) || VietnameseText.ContainsPhrase(folded, "noi dung") || VietnameseText.ContainsPhrase(folded, "ten chi tieu"))
            return AnnexColumn.Indicator;
        if (ContainsAny(folded, TargetPhrases) || VietnameseText.ContainsPhrase(folded, "chi tieu")) return AnnexColumn.Target;
        if (ContainsAny(folded, ActualPhrases)) return AnnexColumn.Actual;
        return null;
    }

    /// <summary>
    /// A row that starts a header block names at least three different columns in three
    /// different cells, the indicator or the target among them: one title cell never does.
    /// </summary>
    public static bool IsHeaderStart(SheetRow row, int maxColumns)
    {
        // Most rows outside a table are one long title cell: no need to classify them.
        var shortCells = 0;
        foreach (var (_, text) in row.NonEmpty())
        {
            if (text.Length <= 80) shortCells++;
        }
        if (shortCells < 3) return false;

        var map = ColumnMap.FromHeader([row], [], maxColumns);
        return map.Columns.Count >= 3 && (map.Has(AnnexColumn.Indicator) || map.Has(AnnexColumn.Target));
    }

    /// <summary>"(1) (2) (3)…" or "A B 1 2 3 4=3/2": the column-numbering row printed under many headers.</summary>
    public static bool IsNumberingRow(SheetRow row)
    {
        var count = 0;
        foreach (var (_, text) in row.NonEmpty())
        {
            if (text.Length > 16 || !IsColumnLabel(text)) return false;
            count++;
        }
        return count >= 3;
    }

    private static bool IsColumnLabel(string text)
    {
        var span = text.AsSpan().Trim();
        if (span.Length > 0 && span[0] is '(' or '[') span = span[1..];
        var i = 0;
        while (i < span.Length && char.IsLetterOrDigit(span[i])) i++;
        if (i is 0 or > 3) return false;
        var rest = span[i..].TrimStart();
        if (rest.Length > 0 && rest[0] is ')' or ']') rest = rest[1..].TrimStart();
        return rest.Length == 0 || rest[0] is '=' or '*' or '/' or 'x' or '+' or '-' or ':';
    }

    private static bool OpensWithAny(string folded, string[] phrases)
    {
        foreach (var phrase in phrases)
        {
            if (VietnameseText.IndexOfPhrase(folded, phrase) == 0) return true;
        }
        return false;
    }

    private static bool ContainsAny(string folded, string[] phrases)
    {
        foreach (var phrase in phrases)
        {
            if (VietnameseText.ContainsPhrase(folded, phrase)) return true;
        }
        return false;
    }
}
