using Pipeline.Core.Periods;
using Pipeline.Core.Reporting;

namespace Pipeline.Storage.Scoring;

/// <summary>A commune's current annex of one period of a term (<see cref="PeriodSummaryStore"/>): its summary, whose upload it stands on.</summary>
public sealed record PeriodSummary(ReportingPeriod Period, CommuneSummary Summary);
