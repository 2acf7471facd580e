using System.Text.RegularExpressions;
using Pipeline.Core.Text;

namespace Pipeline.Core.Reading;

/// <summary>
/// Recognises the signature block under an annex ("Nơi nhận:", "T/M ĐẢNG ỦY", "BÍ THƯ",
/// "Người lập biểu", "…, ngày 15 tháng 7 năm 2025"), which ends the table.
/// </summary>
public static partial class SignatureBlock
{
    private static readonly string[] Openings =
    [
        "noi nhan", "t/m", "tm", "bi thu", "pho bi thu", "chu tich", "pho chu tich", "nguoi lap", "nguoi ky",
        "thu truong", "xac nhan", "ky ten", "ky ghi ro", "dong dau", "dang uy xa", "ubnd xa", "uy ban nhan dan",
        "can bo lap bieu", "ke toan", "luu",
    ];

    [GeneratedRegex(@"\bngay\s+\d{0,2}\s*thang\s+\d{0,2}\s*nam\b")]
    private static partial Regex DateLine();

    /// <summary>
    /// True when one of the row's cells opens a signature block and its ordinal, target and
    /// result cells are blank or hold that kind of text themselves: the seed writes "Nơi nhận:"
    /// in the ordinal column and "T/M ĐẢNG ỦY" over the result column. Target rows may mention
    /// "bí thư chi bộ"; they carry an ordinal or figures, so they are never taken for one.
    /// </summary>
    public static bool IsSignatureRow(SheetRow row, ColumnMap map)
    {
        if (!IsBlankOrSignature(row, map[AnnexColumn.Ordinal]) || !IsBlankOrSignature(row, map[AnnexColumn.Target])
            || !IsBlankOrSignature(row, map[AnnexColumn.Actual]))
            return false;
        foreach (var (_, text) in row.NonEmpty())
        {
            if (OpensBlock(text)) return true;
        }
        return false;
    }

    private static bool OpensBlock(string text)
    {
        if (text.Length > 120) return false;
        var folded = VietnameseText.Fold(text);
        if (DateLine().IsMatch(folded)) return true;
        foreach (var opening in Openings)
        {
            if (folded.StartsWith(opening, StringComparison.Ordinal) &&
                (folded.Length == opening.Length || folded[opening.Length] == ' ' || folded[opening.Length] == ':'))
                return true;
        }
        return false;
    }

    private static bool IsBlankOrSignature(SheetRow row, int? column) => column is not { } c || row[c].IsEmpty || OpensBlock(row[c].Text);
}
