using Pipeline.Core.Annexes;
using Pipeline.Core.Text;

namespace Pipeline.Core.Reading;

/// <summary>Recognises the group rows I–IV and which group they open.</summary>
public static class GroupRowReader
{
    private static readonly (string Phrase, TargetGroup Group)[] Keywords =
    [
        ("kinh te", TargetGroup.Economy),
        ("xa hoi", TargetGroup.Society),
        ("van hoa", TargetGroup.Society),
        ("giao duc", TargetGroup.Society),
        ("quoc phong", TargetGroup.Society),
        ("an ninh", TargetGroup.Society),
        ("moi truong", TargetGroup.Environment),
        ("tai nguyen", TargetGroup.Environment),
        ("xay dung dang", TargetGroup.Party),
        ("cong tac dang", TargetGroup.Party),
        ("he thong chinh tri", TargetGroup.Party),
        ("dang bo", TargetGroup.Party),
    ];

    /// <summary>I, II, III, IV … (or A, B, C …) as written in the ordinal column of a group row.</summary>
    public static bool IsGroupOrdinal(string ordinal)
    {
        var text = ordinal.Trim().TrimEnd('.', ')', ':');
        if (text.Length == 1 && text[0] is >= 'A' and <= 'H') return true;
        return IsRomanOrdinal(text);
    }

    /// <summary>
    /// A group's numeral written in its text, the table having no ordinal column (or leaving it empty): "I. KINH TẾ",
    /// "II - Văn hóa, xã hội", "B) QUỐC PHÒNG": an upper-case Roman numeral (or A–H) then ".", ")", "-" or ":" and words.
    /// </summary>
    public static bool OpensWithGroupOrdinal(string text)
    {
        var trimmed = text.TrimStart();
        var end = trimmed.IndexOfAny([' ', '.', ')', '-', ':', '–']);
        if (end <= 0 || !trimmed[..end].All(char.IsUpper) || !IsGroupOrdinal(trimmed[..end])) return false;
        var rest = trimmed[end..].TrimStart();
        return rest.Length > 0 && rest[0] is '.' or ')' or '-' or ':' or '–' && rest[1..].Trim().Length > 0;
    }

    /// <summary>I, II, III, IV …</summary>
    private static bool IsRomanOrdinal(string ordinal)
    {
        var text = ordinal.Trim().TrimEnd('.', ')', ':');
        if (text.Length is 0 or > 5) return false;
        foreach (var ch in text)
        {
            if (ch is not ('I' or 'V' or 'X' or 'i' or 'v' or 'x')) return false;
        }
        return true;
    }

    /// <summary>The group a group-row text names; the keyword written first wins ("kinh tế - xã hội" is economy).</summary>
    public static TargetGroup? GroupOf(string text)
    {
        var folded = VietnameseText.Fold(text);
        TargetGroup? best = null;
        var bestIndex = int.MaxValue;
        foreach (var (phrase, group) in Keywords)
        {
            var index = VietnameseText.IndexOfPhrase(folded, phrase);
            if (index >= 0 && index < bestIndex)
            {
                best = group;
                bestIndex = index;
            }
        }
        return best;
    }

    /// <summary>Group rows without a Roman ordinal still say what they are: "Nhóm chỉ tiêu …".</summary>
    public static bool LooksLikeGroupTitle(string text)
    {
        var folded = VietnameseText.Fold(text);
        return folded.StartsWith("nhom chi tieu", StringComparison.Ordinal)
            || (folded.StartsWith("chi tieu ve", StringComparison.Ordinal) && GroupOf(text) is not null)
            || (folded.StartsWith("ve ", StringComparison.Ordinal) && folded.Length < 60 && GroupOf(text) is not null);
    }
}
