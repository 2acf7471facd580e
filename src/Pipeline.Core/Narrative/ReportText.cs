using Pipeline.Core.Reading;

namespace Pipeline.Core.Narrative;

/// <summary>The paragraphs of a report's text, in reading order, or why the file was refused.</summary>
/// <param name="Paragraphs">Body paragraphs; empty when refused.</param>
/// <param name="Error">Why the file was refused (Vietnamese message, English detail), or null.</param>
public sealed record ReportText(IReadOnlyList<string> Paragraphs, ReadError? Error)
{
    public static ReportText Refused(ReadError error) => new([], error);
}
