using Pipeline.Core.Narrative;

namespace Pipeline.Core.Reporting;

/// <summary>
/// A PDF report's text checked against one commune's annex (issue 17 item 4): the report carries no annex, so what it says
/// about a commune is kept beside that commune's summary for the term, not in it. One per commune and term: the newest
/// report's.
/// </summary>
/// <param name="ReportUploadId">The PDF report's upload.</param>
/// <param name="CheckedUploadId">The upload of the annex the commune's section was checked against: the commune's current one when the report came.</param>
/// <param name="Disagreements">How many places the section disagrees with that annex (<see cref="NarrativeReport.Disagreements"/> of <paramref name="Report"/>).</param>
/// <param name="Report">The report's part about that annex (<see cref="NarrativeReport.Of"/>): its section and findings.</param>
public sealed record ReportCheck(string ReportUploadId, string CheckedUploadId, int Disagreements, NarrativeReport Report);
