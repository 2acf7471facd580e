using Pipeline.Core.Text;

namespace Pipeline.Core.Reading;

/// <summary>
/// A table's total line: "Tổng cộng", "Cộng", "Tổng số", "Tổng" alone in the indicator column, with no ordinal. It sums
/// the rows above (or says nothing); it is no target of its own, nor the rest of the indicator above it.
/// </summary>
public static class TotalRow
{
    private static readonly HashSet<string> Words = ["tong cong", "cong", "tong so", "tong", "cong chung", "tong cong toan xa", "toan xa"];

    /// <summary>True for a row without an ordinal whose indicator is only a total word (after "(" ":" "." are trimmed).</summary>
    public static bool Is(string ordinal, string indicator) =>
        ordinal.Length == 0 && Words.Contains(VietnameseText.Fold(indicator.Trim().Trim(':', '.', '(', ')', '*')));
}
