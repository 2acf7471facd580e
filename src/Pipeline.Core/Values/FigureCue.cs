using Pipeline.Core.Text;

namespace Pipeline.Core.Values;

/// <summary>
/// One figure of a cell with what it says it counts: "%" when a percent sign follows it ("34,5%"), the unit words
/// that follow it ("2.600 cây", "35 đảng viên và …" → "đảng viên"), else the row's unit for its part
/// (<see cref="UnitNames.PerPart"/>: "Cây; %"), else nothing (""). The figures of a composite are told apart by these
/// (docs/progress.md, "How a year's row finds the term's"), compared as <see cref="Catalogue.CompositeParts"/> compares a part's
/// unit with its indicator's: a percent never agrees with a count (<see cref="UnitNames.IsPercent"/>), counts agree
/// when <see cref="UnitNames.Same"/> or their first word is one ("cây" and "cây xanh").
/// </summary>
/// <param name="Value">The figure.</param>
/// <param name="Unit">What it counts: "%", unit words as written, or "" when nothing says.</param>
public sealed record FigureCue(decimal Value, string Unit)
{
    /// <summary>At most this many words after a figure are its unit ("cây ăn quả"); more is a sentence.</summary>
    private const int MaxUnitWords = 3;

    /// <summary>Folded words that end a unit: a conjunction, a bound, a time ("35 đảng viên trở lên", "100 cây trong năm").</summary>
    private static readonly HashSet<string> UnitEnds = ["va", "tro", "tren", "duoi", "so", "trong", "tai", "den", "toi", "nam", "dat", "tu", "moi", "hang", "voi"];

    /// <summary>
    /// One cue per part of <paramref name="cell"/> (its <see cref="AnnexValue.Parts"/>, in order): the cell's own words
    /// first, then <paramref name="unitCell"/> split per part. A cell whose figures cannot be located again gets the
    /// unit cell's cues alone.
    /// </summary>
    public static IReadOnlyList<FigureCue> Of(AnnexValue cell, string? unitCell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        var units = UnitNames.PerPart(unitCell, cell.Parts.Count);
        var located = InText(cell.Text);
        var own = located.Count == cell.Parts.Count && located.Select(c => c.Value).SequenceEqual(cell.Parts) ? located : null;
        return cell.Parts.Select((value, i) => new FigureCue(value, own?[i].Unit is { Length: > 0 } written ? written : units[i].Trim())).ToArray();
    }

    /// <summary>Every figure of <paramref name="text"/> (as <see cref="AnnexValueParser.Parse"/> finds them) with the words after it.</summary>
    public static IReadOnlyList<FigureCue> InText(string? text)
    {
        var figures = AnnexValueParser.Locate(text ?? "", out var clean);
        return figures.Select(f => new FigureCue(f.Value, UnitAfter(clean, f.End))).ToArray();
    }

    /// <summary>
    /// True when both say what they count and it is the same thing, false when both say and it differs (a percent
    /// against a count, trees against hectares), null when either says nothing.
    /// </summary>
    public bool? Agrees(FigureCue other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (Unit.Length == 0 || other.Unit.Length == 0) return null;
        var (percent, otherPercent) = (UnitNames.IsPercent(Unit), UnitNames.IsPercent(other.Unit));
        if (percent || otherPercent) return percent == otherPercent;
        if (UnitNames.Same(Unit, other.Unit)) return true;
        var (first, otherFirst) = (VietnameseText.Fold(Unit).Split(' ')[0], VietnameseText.Fold(other.Unit).Split(' ')[0]);
        return first == otherFirst;
    }

    private static string UnitAfter(string text, int end)
    {
        var rest = text.AsSpan(end).TrimStart();
        if (rest.Length > 0 && rest[0] == '%') return "%";
        var length = 0;
        while (length < rest.Length && (char.IsLetter(rest[length]) || rest[length] == ' ')) length++;
        var words = new List<string>();
        foreach (var word in rest[..length].ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (words.Count == MaxUnitWords || UnitEnds.Contains(VietnameseText.Fold(word))) break;
            words.Add(word);
        }
        return string.Join(' ', words);
    }
}
