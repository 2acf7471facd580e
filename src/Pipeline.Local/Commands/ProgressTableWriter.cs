using System.Globalization;
using Pipeline.Core.Progress;
using Pipeline.Core.Reporting;

namespace Pipeline.Local.Commands;

/// <summary>
/// Prints a commune's progress as a table for people, in Vietnamese: per indicator its baseline and term target,
/// then per year the result (* an estimate), the share of the way covered against the share expected, and the
/// assessment; the notes on a composite's figures that could not be given to their parts (<see cref="ProgressNote"/>), then the
/// counts of the latest year's assessments last.
/// </summary>
public static class ProgressTableWriter
{
    public static void Write(CommuneProgress progress, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(progress);
        ArgumentNullException.ThrowIfNull(output);
        var end = progress.Term[^4..];
        output.WriteLine($"== Xã {progress.Commune} — tiến độ thực hiện chỉ tiêu nhiệm kỳ {progress.Term}");
        output.WriteLine($"   Tiến độ yêu cầu (tuyến tính): {string.Join(", ", progress.Indicators.SelectMany(i => i.Values).DistinctBy(v => v.Period).OrderBy(v => v.Period).Select(v => $"năm {v.Period} {Percent(v.ExpectedShare)}"))}");
        output.WriteLine();
        var header = $"   {"Chỉ tiêu",-50} {"ĐVT",-10} {"Đầu NK",9} {"MT " + end,9}";
        foreach (var year in progress.Periods) header += $" | {"TH " + year,10} {"KH",9} {"Đã đi",7} {"Đánh giá",-16}";
        output.WriteLine(header);
        output.WriteLine("   " + new string('-', header.Length - 3));
        foreach (var indicator in progress.Indicators)
        {
            var line = $"   {Cut(indicator.Name + (indicator.Part is { } part ? $" (phần {part})" : ""), 50),-50} {Cut(indicator.Unit, 10),-10} {Number(indicator.Baseline),9} {Number(indicator.Target),9}";
            foreach (var year in progress.Periods)
            {
                var value = indicator.Values.FirstOrDefault(v => v.Period == year);
                line += value is null
                    ? $" | {"",10} {"",9} {"",7} {"",-16}"
                    : $" | {(value.Value is null ? Cut(value.ValueText ?? "", 10) : Number(value.Value) + (value.Estimate ? "*" : "")),10} {Number(value.Plan),9} {Percent(value.Share),7} {(value.Assessment is { } a ? AssessmentWords.Vietnamese(a) : indicator.Qualitative ? "Định tính" : ""),-16}";
            }
            output.WriteLine(line);
        }
        output.WriteLine();
        output.WriteLine("   * ước thực hiện. Đầu NK: số liệu đầu nhiệm kỳ; MT: mục tiêu nhiệm kỳ; Đã đi: phần quãng đường từ đầu nhiệm kỳ đến mục tiêu đã đi được.");
        // A composite's figures that could not be given to their parts: said, not guessed.
        foreach (var note in progress.Indicators.SelectMany(i => i.Values).Select(v => v.Note).OfType<ProgressNote>().Select(n => n.Message).Distinct())
            output.WriteLine($"   Lưu ý: {note}");
        var counts = progress.LatestCounts();
        output.WriteLine("   Năm gần nhất: " + string.Join(", ", Enum.GetValues<ProgressAssessment>().Select(a => $"{AssessmentWords.Vietnamese(a)} {counts.GetValueOrDefault(a)}")));
    }

    private static string Number(decimal? value) => value?.ToString("#,##0.##", VietnameseFormat) ?? "";

    private static string Percent(decimal? share) => share is { } s ? (s * 100).ToString("0.#", VietnameseFormat) + "%" : "";

    private static readonly NumberFormatInfo VietnameseFormat = new() { NumberDecimalSeparator = ",", NumberGroupSeparator = "." };

    private static string Cut(string text, int width) => text.Length <= width ? text : string.Concat(text.AsSpan(0, width - 1), "…");
}
