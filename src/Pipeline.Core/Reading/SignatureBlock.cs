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
    /// True when the row has no ordinal and no target or result, and one of its cells opens
    /// a signature block. Target rows may mention "bí thư chi bộ"; they carry values, so they are never taken for one.
    /// </summary>
    public static bool IsSignatureRow(SheetRow row, ColumnMap map)
    {
        if (!IsBlank(row, map[AnnexColumn.Ordinal]) || !IsBlank(row, map[AnnexColumn.Target]) || !IsBlank(row, map[AnnexColumn.Actual]))
            return false;
        foreach (var (_, text) in row.NonEmpty())
        {
            if (text.Length > 120) continue;
            var folded = VietnameseText.Fold(text);
            if (DateLine().IsMatch(folded)) return true;
            foreach (var opening in Openings)
            {
                if (folded.StartsWith(opening, StringComparison.Ordinal) &&
                    (folded.Length == opening.Length || folded[opening.Length] == ' '))
                    return true;
            }
        }
        return false;
    }

    private static bool IsBlank(SheetRow row, int? column) => column is not { } c || row[c].IsEmpty;
}
