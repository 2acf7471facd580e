using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Pipeline.Core.Periods;

/// <summary>
/// The period an annex reports on within its term (issue 16): a year of the term ("2026"), the
/// mid-term review ("mid-term") or the whole term ("term", today's end-of-term annex).
/// <see cref="TryParse"/> is the one rule for the written form; it is also the JSON form.
/// Whether a year lies inside a given term is <see cref="IsYearOf"/>'s question, not the parser's.
/// </summary>
[JsonConverter(typeof(ReportingPeriodJsonConverter))]
public readonly record struct ReportingPeriod
{
    private ReportingPeriod(PeriodKind kind, int? year)
    {
        Kind = kind;
        Year = year;
    }

    /// <summary>Which stretch of the term.</summary>
    public PeriodKind Kind { get; }

    /// <summary>The calendar year of a <see cref="PeriodKind.Year"/> period (2026); null for the others.</summary>
    public int? Year { get; }

    /// <summary>The whole term.</summary>
    public static ReportingPeriod WholeTerm { get; } = new(PeriodKind.Term, null);

    /// <summary>The mid-term review.</summary>
    public static ReportingPeriod MidTerm { get; } = new(PeriodKind.MidTerm, null);

    /// <summary>One year; 1900–2099, as terms are.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside 1900–2099.</exception>
    public static ReportingPeriod OfYear(int year) =>
        year is >= 1900 and <= 2099 ? new(PeriodKind.Year, year) : throw new ArgumentOutOfRangeException(nameof(year), year, "A period's year is 1900–2099.");

    /// <summary>True for a year period.</summary>
    public bool IsYear => Kind == PeriodKind.Year;

    /// <summary>Reads "2026", "mid-term" or "term" (trimmed, case-insensitive); false for anything else.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out ReportingPeriod period)
    {
        period = default;
        var trimmed = text?.Trim().ToLowerInvariant();
        switch (trimmed)
        {
            case null or "":
                return false;
            case "term":
                period = WholeTerm;
                return true;
            case "mid-term":
                period = MidTerm;
                return true;
        }
        if (trimmed.Length != 4 || !int.TryParse(trimmed, NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year is < 1900 or > 2099)
            return false;
        period = OfYear(year);
        return true;
    }

    /// <summary>Reads a period that must be one, as <see cref="TryParse"/> does.</summary>
    /// <exception cref="FormatException"><paramref name="text"/> is not a period.</exception>
    public static ReportingPeriod Parse(string text) =>
        TryParse(text, out var period) ? period : throw new FormatException($"'{text}' is not a period: a year such as 2026, mid-term or term.");

    /// <summary>
    /// True when this is a year period inside <paramref name="term"/>: after its first year, up to its
    /// last (2026 … 2030 of 2025–2030). The first year belongs to the term before: its result is the
    /// baseline the new term starts from.
    /// </summary>
    public bool IsYearOf(Units.Term term) => Year is { } year && year > term.StartYear && year <= term.EndYear;

    /// <summary>True when this is a period of <paramref name="term"/>: the whole term, its mid-term review, or one of its years (<see cref="IsYearOf"/>).</summary>
    public bool IsPeriodOf(Units.Term term) => Kind != PeriodKind.Year || IsYearOf(term);

    /// <summary>"2026", "mid-term" or "term".</summary>
    public override string ToString() => Kind switch
    {
        PeriodKind.Year => Year!.Value.ToString(CultureInfo.InvariantCulture),
        PeriodKind.MidTerm => "mid-term",
        _ => "term",
    };

    /// <summary>In Vietnamese, for people: "năm 2026", "giữa nhiệm kỳ", "cả nhiệm kỳ".</summary>
    public string ToVietnamese() => Kind switch
    {
        PeriodKind.Year => $"năm {Year!.Value.ToString(CultureInfo.InvariantCulture)}",
        PeriodKind.MidTerm => "giữa nhiệm kỳ",
        _ => "cả nhiệm kỳ",
    };
}
