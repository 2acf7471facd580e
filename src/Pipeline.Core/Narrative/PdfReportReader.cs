using System.Text;
using System.Text.RegularExpressions;
using Pipeline.Core.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Exceptions;

namespace Pipeline.Core.Narrative;

/// <summary>
/// Reads the text layer of a PDF report into paragraphs for <see cref="NarrativeReader"/>, page by page,
/// within <see cref="NarrativeLimits"/> (bytes while copying, pages before reading any, characters as
/// each page is read). Tables are not read. Lines are the page's words grouped by baseline, top to bottom;
/// a paragraph ends at a gap wider than the page's tightest line spacing, after a short line, or before a
/// line that starts a numbered item ("2.1.", "16.", "II-", "- "). A statement broken over a page end comes out as two
/// paragraphs, which the narrative reader joins as a continuation. Never throws for bad input: a file that
/// is not a PDF, encrypted, damaged, too large or a scan without text is refused (<see cref="PdfRefusals"/>).
/// </summary>
public static partial class PdfReportReader
{
    /// <summary>A gap between baselines wider than this many times the page's tightest one starts a new paragraph.</summary>
    private const double ParagraphGap = 1.3;

    /// <summary>A line ending before this share of the page's text width is the last of its paragraph.</summary>
    private const double ShortLine = 0.85;

    // "2.1. ", "16. ", "II- ", "a) ", "- ", "* ": a heading or list item; a target statement's own numbering ("1/ …",
    // "Chỉ tiêu 1: …") is <see cref="StatementReader.OrdinalOf"/>'s.
    [GeneratedRegex(@"^(?:\d{1,3}(?:\.\d{1,3})*[.)]\s|[IVXLC]+\s*[-.–]\s|[a-dđ]\)\s|[-–•+*]\s)")]
    private static partial Regex ItemStart();

    public static ReportText Read(Stream pdf, NarrativeLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        limits ??= NarrativeLimits.Default;
        byte[] bytes;
        try
        {
            bytes = CopyBounded(pdf, limits.MaxPdfBytes);
        }
        catch (IOException ex)
        {
            return ReportText.Refused(PdfRefusals.Damaged(ex.Message));
        }
        if (bytes.Length > limits.MaxPdfBytes)
            return ReportText.Refused(PdfRefusals.TooLarge($"quá {limits.MaxPdfBytes / (1024 * 1024)} MB", $"more than {limits.MaxPdfBytes} bytes"));
        if (!HasPdfHeader(bytes)) return ReportText.Refused(PdfRefusals.NotAPdf());

        try
        {
            using var document = PdfDocument.Open(bytes, new ParsingOptions { UseLenientParsing = true });
            if (document.NumberOfPages > limits.MaxPdfPages)
                return ReportText.Refused(PdfRefusals.TooLarge($"{document.NumberOfPages} trang, quá {limits.MaxPdfPages} trang", $"{document.NumberOfPages} pages, more than {limits.MaxPdfPages}"));
            var paragraphs = new List<string>();
            var characters = 0L;
            var letters = false;
            for (var number = 1; number <= document.NumberOfPages; number++)
            {
                var page = document.GetPage(number);
                foreach (var paragraph in Paragraphs(page))
                {
                    characters += paragraph.Length;
                    if (characters > limits.MaxPdfCharacters)
                        return ReportText.Refused(PdfRefusals.TooLarge($"quá {limits.MaxPdfCharacters} ký tự chữ", $"more than {limits.MaxPdfCharacters} characters of text"));
                    letters |= paragraph.Any(char.IsLetter);
                    paragraphs.Add(paragraph);
                }
            }
            return letters ? new ReportText(paragraphs, null) : ReportText.Refused(PdfRefusals.Scanned(document.NumberOfPages));
        }
        catch (PdfDocumentEncryptedException)
        {
            return ReportText.Refused(PdfRefusals.Encrypted());
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // PdfPig throws its own and framework exceptions for broken structure; any of them means the file cannot be read.
            return ReportText.Refused(PdfRefusals.Damaged($"{ex.GetType().Name}: {ex.Message}"));
        }
    }

    /// <summary>The page's lines joined into paragraphs.</summary>
    private static IEnumerable<string> Paragraphs(Page page)
    {
        var lines = Lines(page);
        if (lines.Count == 0) yield break;
        // The tightest spacing between lines is the spacing inside a paragraph; a short line ends one.
        var spacing = double.MaxValue;
        for (var i = 1; i < lines.Count; i++)
        {
            var gap = lines[i - 1].Baseline - lines[i].Baseline;
            if (gap > 0 && gap < spacing) spacing = gap;
        }
        var left = lines.Min(l => l.Left);
        var right = lines.Max(l => l.Right);
        var paragraph = new StringBuilder(lines[0].Text);
        for (var i = 1; i < lines.Count; i++)
        {
            var previous = lines[i - 1];
            var ends = previous.Baseline - lines[i].Baseline > spacing * ParagraphGap
                || previous.Right < left + (right - left) * ShortLine
                || ItemStart().IsMatch(lines[i].Text) || StatementReader.OrdinalOf(lines[i].Text) is not null;
            if (ends)
            {
                yield return VietnameseText.Clean(paragraph.ToString());
                paragraph.Clear();
            }
            else
            {
                paragraph.Append(' ');
            }
            paragraph.Append(lines[i].Text);
        }
        yield return VietnameseText.Clean(paragraph.ToString());
    }

    private readonly record struct Line(double Baseline, double Left, double Right, string Text);

    /// <summary>Words on the same baseline (to the point) make a line; lines top to bottom, words left to right.</summary>
    private static List<Line> Lines(Page page) =>
        page.GetWords()
            .Where(w => !string.IsNullOrWhiteSpace(w.Text) && w.Letters.Count > 0)
            .GroupBy(w => Math.Round(w.Letters[0].StartBaseLine.Y))
            .OrderByDescending(g => g.Key)
            .Select(g =>
            {
                var words = g.OrderBy(w => w.BoundingBox.Left).ToList();
                return new Line(g.Key, words[0].BoundingBox.Left, words.Max(w => w.BoundingBox.Right), string.Join(' ', words.Select(w => w.Text)));
            })
            .ToList();

    private static bool HasPdfHeader(byte[] bytes)
    {
        // The header may follow some junk bytes; readers look in the first kilobyte.
        var window = bytes.AsSpan(0, Math.Min(bytes.Length, 1024));
        return window.IndexOf("%PDF-"u8) >= 0;
    }

    /// <summary>The stream's bytes, at most <paramref name="max"/> + 1 of them (one more says it is too large).</summary>
    private static byte[] CopyBounded(Stream stream, long max)
    {
        using var copy = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            copy.Write(buffer, 0, read);
            if (copy.Length > max) break;
        }
        return copy.ToArray();
    }

}
