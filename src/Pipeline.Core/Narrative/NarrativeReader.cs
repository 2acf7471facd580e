using System.Text.RegularExpressions;
using Pipeline.Core.Text;

namespace Pipeline.Core.Narrative;

/// <summary>
/// Reads the commune sections of a report's results from its paragraphs (body text outside tables, in
/// order): a heading "Đối với xã X (có biểu số 0n kèm theo)" opens a section; the first paragraph after
/// it that names the congress, the count adopted or the tally is its opening (with the paragraphs after it,
/// up to the first statement: a PDF's text comes line by line); numbered paragraphs are its
/// target statements, an unnumbered paragraph continuing the statement before it; group headings ("2.1.
/// Chỉ tiêu về kinh tế", "Chỉ tiêu về xã hội") are passed over. A section ends at the next section
/// heading, at a higher heading ("II- ĐÁNH GIÁ …", "Phần thứ ba", "3.1. …") or at a number out of
/// sequence. Pure, and bounded by <see cref="NarrativeLimits"/> while it reads.
/// </summary>
public static partial class NarrativeReader
{
    // "2.1. Chỉ tiêu về kinh tế", "Chỉ tiêu về xã hội", "Chỉ tiêu xây dựng Đảng", "CHỈ TIÊU VỀ MÔI TRƯỜNG": a group of targets
    // inside a section. A line of a statement broken before its "chỉ tiêu: Vượt chỉ tiêu." (a PDF's text) starts in lower
    // case or goes on with a colon, and is no heading.
    [GeneratedRegex(@"^(?:\d+(?:\.\d+)+\.?\s*|[IVX]+\s*[.\-–]\s*|[a-dđ]\)\s*)?(?:Chỉ|CHỈ)\s+(?:tiêu|TIÊU)(?=\s+\p{L}|\s*$)", RegexOptions.CultureInvariant)]
    private static partial Regex GroupHeading();

    // "II- ĐÁNH GIÁ …", "Phần thứ ba", "3.1. …", "a) …": a heading above or beside the sections, which ends one.
    [GeneratedRegex(@"^(?:[IVXLC]+\s*[.\-–]|Phần\s+thứ|\d+(?:\.\d+)+\.?\s)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OtherHeading();

    // "- ", "+ ", "• ", "– ": a bulleted line.
    [GeneratedRegex(@"^[-+•–]\s")]
    private static partial Regex Bullet();

    /// <summary>Longest paragraph taken for a group heading, in characters.</summary>
    private const int MaxGroupHeadingCharacters = 150;

    /// <summary>Reads the sections of <paramref name="paragraphs"/> (enumerated once, up to the limits).</summary>
    public static NarrativeRead Read(IEnumerable<string> paragraphs, NarrativeLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(paragraphs);
        limits ??= NarrativeLimits.Default;
        var sections = new List<NarrativeSection>();
        var truncated = false;
        SectionBuilder? current = null;
        var count = 0;
        foreach (var raw in paragraphs)
        {
            if (++count > limits.MaxParagraphs) { truncated = true; break; }
            if (raw is null) continue;
            var cut = raw.Length > limits.MaxParagraphCharacters;
            var paragraph = VietnameseText.Clean(cut ? raw[..limits.MaxParagraphCharacters] : raw);
            truncated |= cut;
            if (paragraph.Length == 0) continue;

            if (SectionHeading.Read(paragraph) is { } heading)
            {
                Close();
                if (sections.Count >= limits.MaxSections) { truncated = true; break; }
                current = new SectionBuilder(heading);
                continue;
            }
            if (current is null) continue;
            if (!current.Take(paragraph, limits)) Close();
            truncated |= current?.Truncated ?? false;
        }
        Close();
        return new NarrativeRead(sections, truncated);

        void Close()
        {
            if (current is null) return;
            truncated |= current.Truncated;
            sections.Add(current.Build());
            current = null;
        }
    }

    /// <summary>One section being read: its opening, then its statements, the last one still open to continuations.</summary>
    private sealed class SectionBuilder(SectionHeading heading)
    {
        private string? opening;
        private readonly List<TargetStatement> statements = [];
        private int? lastOrdinal;
        private string? open;

        public bool Truncated { get; private set; }

        /// <summary>Takes one paragraph; false when it ends the section (it is not part of it).</summary>
        public bool Take(string paragraph, NarrativeLimits limits)
        {
            if (StatementReader.OrdinalOf(paragraph) is { } ordinal)
            {
                // A number out of sequence ("1." after "18.") starts other content, not the next target.
                if (lastOrdinal is { } last && ordinal != last + 1) return false;
                Flush();
                if (statements.Count >= limits.MaxStatementsPerSection) { Truncated = true; return false; }
                open = paragraph;
                lastOrdinal = ordinal;
                return true;
            }
            if (paragraph.Length <= MaxGroupHeadingCharacters && GroupHeading().IsMatch(paragraph)) { Flush(); return true; }
            if (OtherHeading().IsMatch(paragraph)) return false;
            if (open is not null)
            {
                // "…hợp vệ sinh:" then "Đạt 100% so với Nghị quyết đại hội.": one statement over two paragraphs.
                if (open.Length + 2 + paragraph.Length > limits.MaxParagraphCharacters) { Truncated = true; return true; }
                // "- Thu ngân sách …", "+ …": a bulleted item under the statement is a clause of its own, as after a ';'.
                open = open + (Bullet().IsMatch(paragraph) ? "; " : " ") + paragraph;
                return true;
            }
            if (statements.Count > 0) return true;
            // The opening may come broken over lines (a PDF's text): what follows it before the first statement continues it.
            if (opening is not null)
            {
                if (opening.Length + 1 + paragraph.Length > limits.MaxParagraphCharacters) { Truncated = true; return true; }
                opening = opening + " " + paragraph;
            }
            else if (SectionOpening.Read(paragraph) is not null)
            {
                opening = paragraph;
            }
            return true;
        }

        public NarrativeSection Build()
        {
            Flush();
            return new NarrativeSection(heading, opening is null ? null : SectionOpening.Read(opening), statements.ToArray());
        }

        private void Flush()
        {
            if (open is null) return;
            statements.Add(StatementReader.Read(open));
            open = null;
        }
    }
}
