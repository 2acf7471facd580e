using System.Globalization;
using Pipeline.Core.Periods;
using Pipeline.Core.Units;

namespace Pipeline.Storage;

/// <summary>
/// Every partition and row key the pipeline's tables use, built here and nowhere else, so a
/// store and a test that reads a table by hand always agree. Table keys may not hold "/", so
/// a commune id "son-la/pu-bau" is written "son-la|pu-bau" inside a key.
/// </summary>
public static class TableKeys
{
    /// <summary>Summaries table: the partition of a province's commune summaries for a term, "{province}|{term}" ("son-la|2020-2025"); row key the commune slug.</summary>
    public static string CommuneSummaries(string province, string term) => $"{province}|{term}";

    /// <summary>
    /// Summaries table: the bounds, both exclusive, of a range scan over every
    /// <see cref="CommuneSummaries"/> partition of the province: from "{province}|" to "{province}|~".
    /// </summary>
    public static (string After, string Before) CommuneSummariesOfProvince(string province) => ($"{province}|", $"{province}|~");

    /// <summary>
    /// The term of a <see cref="CommuneSummaries"/> partition of <paramref name="province"/>, or
    /// null when the key is not one (another kind of entity in the same range, or no valid term).
    /// </summary>
    public static string? TermOfCommuneSummaries(string province, string partition)
    {
        var prefix = CommuneSummariesOfProvince(province).After;
        return partition.StartsWith(prefix, StringComparison.Ordinal) && Term.IsValid(partition[prefix.Length..]) ? partition[prefix.Length..] : null;
    }

    /// <summary>
    /// Summaries table: the partition of one commune's current annexes of periods other than the whole term (a year of the
    /// term, the mid-term review), "period|{province}|{commune}|{term}"; row key <see cref="PeriodRow"/>. Apart from
    /// <see cref="CommuneSummaries"/>: a year's annex never replaces the whole term's, nor another year's.
    /// </summary>
    public static string PeriodSummaries(CommuneId commune, string term) => $"period|{commune.Province}|{commune.Commune}|{term}";

    /// <summary>Summaries table: the row of a period inside <see cref="PeriodSummaries"/>, its written form ("2026", "mid-term").</summary>
    public static string PeriodRow(ReportingPeriod period) => period.ToString();

    /// <summary>
    /// Summaries table: the row beside <see cref="PeriodRow"/> holding when the commune first sent an annex of the period that
    /// became current, "sent|{period}" ("sent|2026"); no period's written form, so lists of periods pass it by.
    /// </summary>
    public static string PeriodFirstSentRow(ReportingPeriod period) => $"sent|{period}";

    /// <summary>
    /// Summaries table: the bounds, both exclusive, of a range scan over every <see cref="PeriodSummaries"/> partition of the
    /// province: from "period|{province}|" to "period|{province}|~".
    /// </summary>
    public static (string After, string Before) PeriodSummariesOfProvince(string province) => ($"period|{province}|", $"period|{province}|~");

    /// <summary>
    /// The commune slug of a <see cref="PeriodSummaries"/> partition of <paramref name="province"/> for <paramref name="term"/>,
    /// or null when the key is not one of them.
    /// </summary>
    public static string? CommuneOfPeriodSummaries(string province, string term, string partition)
    {
        var prefix = PeriodSummariesOfProvince(province).After;
        var suffix = $"|{term}";
        if (!partition.StartsWith(prefix, StringComparison.Ordinal) || !partition.EndsWith(suffix, StringComparison.Ordinal)) return null;
        var commune = partition[prefix.Length..^suffix.Length];
        return commune.Length > 0 && !commune.Contains('|', StringComparison.Ordinal) ? commune : null;
    }

    /// <summary>
    /// Summaries table: the partition of a province's progress counts for a term, "progress|{province}|{term}"; row key the
    /// commune slug: each commune's counts with the uploads they were computed from.
    /// </summary>
    public static string ProgressCounts(string province, string term) => $"progress|{province}|{term}";

    /// <summary>Summaries table: the partition of a province's merged-commune summaries for the baseline term, "merged|{province}|{term}"; row key the merged commune's slug.</summary>
    public static string MergedSummaries(string province, string term) => $"merged|{province}|{term}";

    /// <summary>
    /// Summaries table: the partition of a province's PDF report checks for a term, "reportcheck|{province}|{term}"; row key the
    /// commune slug: the newest PDF report's check of that commune's annex (<see cref="Scoring.ReportCheckStore"/>).
    /// </summary>
    public static string ReportChecks(string province, string term) => $"reportcheck|{province}|{term}";

    /// <summary>Summaries table: the partition of a province's rollups, "province|{province}"; row key the term.</summary>
    public static string ProvinceSummaries(string province) => $"province|{province}";

    /// <summary>
    /// Targets table: the partition of one upload's scored rows,
    /// "{province}|{commune}|{term}|{uploadId}", from the commune id "{province}/{commune}".
    /// </summary>
    public static string UploadTargets(string commune, string term, string uploadId) => $"{commune.Replace('/', '|')}|{term}|{uploadId}";

    /// <summary>Targets table: the row of an annex's header, its index as two digits ("00").</summary>
    public static string AnnexHeaderRow(int annexIndex) => annexIndex.ToString("00", CultureInfo.InvariantCulture);

    /// <summary>Targets table: the row of an annex's <paramref name="n"/>th target, "{annex:00}-{n:0000}" ("00-0012").</summary>
    public static string TargetRow(int annexIndex, int n) =>
        string.Create(CultureInfo.InvariantCulture, $"{AnnexHeaderRow(annexIndex)}-{n:0000}");

    /// <summary>Uploads table: an upload's record is at partition "{uploadId}", row <see cref="UploadRecordRow"/>.</summary>
    public static string UploadRecord(string uploadId) => uploadId;

    /// <summary>Uploads table: the row key of an upload's record, "upload".</summary>
    public const string UploadRecordRow = "upload";

    /// <summary>Uploads table: the partition of uploads not yet final, "pending"; row key the upload id.</summary>
    public const string PendingUploads = "pending";

    /// <summary>Uploads table: the partition indexing a commune's uploads, "commune|{province}|{commune}"; row key the upload id.</summary>
    public static string CommuneUploads(CommuneId commune) => $"commune|{commune.Province}|{commune.Commune}";

    /// <summary>Reviews table: the partition of a province's review states for a term, "review|{province}|{term}"; row key the commune slug.</summary>
    public static string ReviewStates(string province, string term) => $"review|{province}|{term}";

    /// <summary>Reviews table: the partition of one commune's review history for a term, "history|{province}|{commune}|{term}"; row key <see cref="ReviewEventRow"/>.</summary>
    public static string ReviewHistory(CommuneId commune, string term) => $"history|{commune.Province}|{commune.Commune}|{term}";

    /// <summary>
    /// Reviews table: the row of the decision that made review version <paramref name="version"/>,
    /// int.MaxValue − version in ten digits, so a partition query reads the newest first; derived from the
    /// version, so writing the same decision again overwrites its row instead of adding one.
    /// </summary>
    public static string ReviewEventRow(int version) => (int.MaxValue - version).ToString("D10", CultureInfo.InvariantCulture);

    /// <summary>Reviews table: the partition of a province's deadlines, "deadline|{province}"; row key <see cref="DeadlineRow"/>.</summary>
    public static string Deadlines(string province) => $"deadline|{province}";

    /// <summary>
    /// Reviews table: the row of a deadline inside <see cref="Deadlines"/>: the term ("2025-2030") for the whole term's, as
    /// before periods existed, so those stored then are still the term's; "{term}|{period}" for a period's ("2025-2030|2026",
    /// "2025-2030|mid-term").
    /// </summary>
    public static string DeadlineRow(string term, ReportingPeriod period) => period == ReportingPeriod.WholeTerm ? term : $"{term}|{period}";

    /// <summary>ConsolidationRuns table: the one partition, "run"; row key the run id.</summary>
    public const string ConsolidationRuns = "run";
}
