using Pipeline.Core.Annexes;

namespace Pipeline.Core.Narrative;

/// <summary>
/// One numbered statement of a section: "20. Kết nạp mới 133 đảng viên trở lên; … (trong đó kết nạp
/// Đảng: 133/30 đảng viên,đạt 443,3%)." A statement continued on the next paragraph ("…hợp vệ sinh:" /
/// "Đạt 100% so với Nghị quyết đại hội.") is one statement.
/// </summary>
/// <param name="Ordinal">The number it starts with, leading zeros dropped.</param>
/// <param name="Text">The statement as written, its number included.</param>
/// <param name="Lead">The words naming the target: before the first ':' or result word ("kết quả", "ước đạt", "đến nay", …), else the whole statement without its verdict.</param>
/// <param name="Claims">The results it states; empty when it states only words or a verdict.</param>
/// <param name="Verdict">The verdict it states ("Vượt chỉ tiêu", "Đạt chỉ tiêu", "Chưa đạt chỉ tiêu", "Không đạt chỉ tiêu", a bare ": Chưa đạt." ending it), or null.</param>
/// <param name="VerdictQuote">The verdict's words as written, or null.</param>
public sealed record TargetStatement(
    int Ordinal,
    string Text,
    string Lead,
    IReadOnlyList<StatedClaim> Claims,
    TargetStatus? Verdict,
    string? VerdictQuote);
