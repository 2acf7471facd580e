using Pipeline.Core.Annexes;
using Pipeline.Core.Periods;
using Pipeline.Core.Units;

namespace Pipeline.Core.Reading;

/// <summary>
/// Compares the period an upload was sent for (a year of the term, the mid-term review, the whole term — or none)
/// with the period its annexes' titles state (<see cref="AnnexTitles.Period"/>, <see cref="AnnexTitles.HalfYear"/>),
/// as <see cref="AnnexTitleCheck"/> does the commune and the term. Sent without a period, the upload takes the file's
/// own and nothing is held; a half-year report is no year's result and is said so. Sent for a period the titles
/// contradict — another period, or a half-year — it is held until the clerk confirms, as an annex of another commune
/// is; so is, either way, a file whose titles name one year and whose result column another
/// (<see cref="AnnexTitles.ResultYear"/>), and a file whose titles give a year outside the term it is sent for (2026 for
/// 2020–2025; such an upload can never be confirmed). Pure.
/// </summary>
public static class AnnexPeriodCheck
{
    /// <param name="annexes">The annexes as read with <see cref="AnnexReadOptions.Period"/> = <paramref name="chosen"/>.</param>
    /// <param name="chosen">The period the clerk chose; null when they chose none.</param>
    public static PeriodDecision Decide(IReadOnlyList<Annex> annexes, ReportingPeriod? chosen)
    {
        ArgumentNullException.ThrowIfNull(annexes);
        var warnings = new List<string>();
        var holds = false;
        if (chosen is { } period)
        {
            foreach (var annex in annexes)
            {
                var where = Where(annexes, annex);
                if (annex.Titled?.HalfYear is { } half)
                {
                    warnings.Add($"{where} ghi kết quả chưa trọn năm {half}, chưa phải kết quả cả năm, nhưng được nộp cho kỳ {period.ToVietnamese()}. "
                        + "Nếu nhầm, hãy nộp lại và chọn đúng kỳ báo cáo; nếu đúng, hãy xác nhận.");
                    holds = true;
                }
                else if (annex.Titled?.Period is { } stated && stated != period)
                {
                    warnings.Add($"{where} ghi kết quả {stated.ToVietnamese()} nhưng được nộp cho kỳ {period.ToVietnamese()}. "
                        + "Nếu nhầm, hãy nộp lại và chọn đúng kỳ báo cáo; nếu đúng, hãy xác nhận.");
                    holds = true;
                }
            }
            foreach (var annex in annexes.Where(a => a.Titled?.ResultYear is not null))
            {
                warnings.Add(ContradictionWarning(annexes, annex));
                holds = true;
            }
            return new PeriodDecision(period, null, warnings, holds);
        }

        // No period chosen: the file's own, the first annex's that states one.
        var own = annexes.Select(a => a.Period).FirstOrDefault(p => p is not null);
        foreach (var half in annexes.Select(a => a.Titled?.HalfYear).OfType<int>().Distinct())
            warnings.Add(PeriodTitle.HalfYearNote(half));
        var periods = annexes.Select(a => a.Period).OfType<ReportingPeriod>().Distinct().ToArray();
        if (periods.Length > 1)
        {
            // Two periods in one file: which one the figures count for is the clerk's to say.
            warnings.Add($"Các biểu trong tệp ghi các kỳ khác nhau ({string.Join(", ", periods.Select(p => p.ToVietnamese()))}); tệp được tính cho kỳ {own!.Value.ToVietnamese()}. "
                + "Nếu nhầm, hãy tách thành từng tệp và nộp lại, chọn kỳ báo cáo cho mỗi tệp.");
            holds = true;
        }
        // A year's report of a year outside the term ("năm 2025" sent for 2025–2030) would otherwise stand as the whole term's annex.
        foreach (var annex in annexes.Where(a => a.Titled?.OtherYear is not null && a.Period is null or { Kind: PeriodKind.Term }))
        {
            warnings.Add($"{Where(annexes, annex)} ghi kết quả năm {annex.Titled!.OtherYear}, không phải một năm của nhiệm kỳ {annex.Term} (năm đầu nhiệm kỳ là mốc xuất phát); "
                + "nếu dùng, biểu sẽ thay biểu cả nhiệm kỳ hiện hành. Nếu nhầm, hãy nộp lại và chọn đúng nhiệm kỳ hoặc kỳ báo cáo; nếu đúng, hãy xác nhận.");
            holds = true;
        }
        // Titles of one year, a result column of another: which year the figures are is the clerk's to say.
        foreach (var annex in annexes.Where(a => a.Titled?.ResultYear is not null))
        {
            warnings.Add(ContradictionWarning(annexes, annex));
            holds = true;
        }
        // A year's results sent for a term without that year (2026 for 2020–2025): counted there they would show nowhere, and the
        // confirmation is refused (Storage's HeldUploads); held so the clerk reads why and sends it again for the right term.
        foreach (var annex in annexes.Where(a => a.Period is { Year: not null } p && Term.TryParse(a.Term, out var term) && !p.IsPeriodOf(term)))
        {
            warnings.Add($"{Where(annexes, annex)} ghi kết quả {annex.Period!.Value.ToVietnamese()}, không phải một năm của nhiệm kỳ {annex.Term}: "
                + $"nộp cho nhiệm kỳ này, kết quả sẽ không được tính ở đâu và không thể xác nhận. Hãy hủy lượt tải lên này và nộp lại cho nhiệm kỳ có năm {annex.Period.Value.Year}.");
            holds = true;
        }
        var halfYear = own is null ? annexes.Select(a => a.Titled?.HalfYear).OfType<int>().FirstOrDefault() : (int?)null;
        return new PeriodDecision(own, halfYear is 0 ? null : halfYear, warnings, holds);
    }

    /// <summary>The titles name one year, the result column's header another (<see cref="AnnexTitles.ResultYear"/>).</summary>
    private static string ContradictionWarning(IReadOnlyList<Annex> annexes, Annex annex) =>
        $"{Where(annexes, annex)} có tiêu đề ghi {annex.Titled!.Period?.ToVietnamese() ?? "một năm khác"} nhưng cột kết quả ghi năm {annex.Titled.ResultYear}: chưa rõ đây là kết quả của năm nào. "
        + $"Biểu được đọc theo {(annex.Period ?? annex.Titled.Period)?.ToVietnamese() ?? "tiêu đề"}; nếu là kết quả năm {annex.Titled.ResultYear}, hãy nộp lại và chọn kỳ báo cáo năm {annex.Titled.ResultYear}; nếu đúng, hãy xác nhận.";

    private static string Where(IReadOnlyList<Annex> annexes, Annex annex) => annexes.Count > 1 ? $"Biểu ở trang “{annex.Sheet}”" : "Biểu";
}
