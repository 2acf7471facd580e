using Pipeline.Core.Annexes;
using Pipeline.Core.Text;

namespace Pipeline.Core.Reading;

/// <summary>Reads the commune's own verdict: Vượt, Đạt, Không đạt / Chưa đạt (any case, any Unicode form).</summary>
public static class VerdictReader
{
    // The verdicts as communes write them nearly every time: read without folding the text.
    private static readonly Dictionary<string, TargetStatus> Common = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Vượt"] = TargetStatus.Exceeded,
        ["Đạt"] = TargetStatus.Met,
        ["Không đạt"] = TargetStatus.NotMet,
        ["Chưa đạt"] = TargetStatus.NotMet,
    };

    public static TargetStatus? Read(string text)
    {
        if (text.Length == 0) return null;
        if (Common.TryGetValue(text, out var common)) return common;
        var folded = VietnameseText.Fold(text);
        if (folded.Length == 0) return null;
        if (folded.StartsWith("khong dat", StringComparison.Ordinal) || folded.StartsWith("chua dat", StringComparison.Ordinal)
            || folded.StartsWith("khong hoan thanh", StringComparison.Ordinal) || folded.StartsWith("chua hoan thanh", StringComparison.Ordinal))
            return TargetStatus.NotMet;
        // "Đạt và vượt", "Hoàn thành và vượt": the commune says it went beyond.
        if (folded.StartsWith("vuot", StringComparison.Ordinal) || folded.StartsWith("hoan thanh vuot", StringComparison.Ordinal)
            || folded.StartsWith("dat va vuot", StringComparison.Ordinal) || folded.StartsWith("hoan thanh va vuot", StringComparison.Ordinal))
            return TargetStatus.Exceeded;
        if (folded.StartsWith("dat", StringComparison.Ordinal) || folded.StartsWith("hoan thanh", StringComparison.Ordinal))
            return TargetStatus.Met;
        return null;
    }
}
