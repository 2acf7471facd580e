using Pipeline.Core.Annexes;
using Pipeline.Core.Text;

namespace Pipeline.Core.Reading;

/// <summary>Reads the commune's own verdict: Vượt, Đạt, Không đạt / Chưa đạt (any case, any Unicode form).</summary>
public static class VerdictReader
{
    public static TargetStatus? Read(string text)
    {
        var folded = VietnameseText.Fold(text);
        if (folded.Length == 0) return null;
        if (folded.StartsWith("khong dat", StringComparison.Ordinal) || folded.StartsWith("chua dat", StringComparison.Ordinal)
            || folded.StartsWith("khong hoan thanh", StringComparison.Ordinal) || folded.StartsWith("chua hoan thanh", StringComparison.Ordinal))
            return TargetStatus.NotMet;
        if (folded.StartsWith("vuot", StringComparison.Ordinal) || folded.StartsWith("hoan thanh vuot", StringComparison.Ordinal))
            return TargetStatus.Exceeded;
        if (folded.StartsWith("dat", StringComparison.Ordinal) || folded.StartsWith("hoan thanh", StringComparison.Ordinal))
            return TargetStatus.Met;
        return null;
    }
}
