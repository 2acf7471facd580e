using Pipeline.Core.Periods;

namespace Pipeline.Core.Reading;

/// <summary>What an upload counts for, decided by <see cref="AnnexPeriodCheck.Decide"/>.</summary>
/// <param name="Period">The period the upload's figures count for: the one chosen, else the file's own; null for a half-year report sent without a period.</param>
/// <param name="HalfYear">The year of a half-year report sent without a period (it counts for no period); null otherwise.</param>
/// <param name="Warnings">For the clerk, in Vietnamese: a half-year report, a period the titles state other than the one chosen.</param>
/// <param name="Holds">The titles state another period than the one chosen (or a half-year): held until the clerk confirms.</param>
public sealed record PeriodDecision(ReportingPeriod? Period, int? HalfYear, IReadOnlyList<string> Warnings, bool Holds);
