using System.Text.Json;
using Pipeline.Core.Annexes;
using Pipeline.Core.Catalogue;
using Pipeline.Core.Reading;
using Pipeline.Core.Reporting;
using Pipeline.Core.Scoring;
using Pipeline.Workbooks;

namespace Pipeline.Core.Tests.Scoring;

/// <summary>
/// Annexes of communes and wards of twenty-five other provinces, with their own wording and layouts
/// (targets-only annexes beside a baseline column, merged "Kết quả thực hiện" super-headers, "% so
/// KH", level and reduction wordings, asides in brackets, group rows under the header, a year's plan
/// beside the term's target, yearly results, verdicts as marks), each row beside the outcome a province
/// officer gives it (Scoring/OtherProvinces/README.md). Rows whose right answer is debatable are
/// checked only where it is not.
/// </summary>
public class OtherProvincesCorpusTests
{
    private static string Folder => Path.Combine(RepositoryLayout.Root, "tests", "Pipeline.Core.Tests", "Scoring", "OtherProvinces");

    [Theory]
    [InlineData("an-giang-phuong-chau-phu-a-2020-2025", "Châu Phú A", "2020-2025", AnnexKind.Results)]
    [InlineData("binh-dinh-phuong-nhon-binh-2020-2025", "Nhơn Bình", "2020-2025", AnnexKind.Results)]
    [InlineData("dak-lak-phuong-tan-lap-2020-2025", "Tân Lập", "2020-2025", AnnexKind.Results)]
    [InlineData("ha-giang-xa-lung-cu-2020-2025", "Lũng Cú", "2020-2025", AnnexKind.Results)]
    [InlineData("lao-cai-xa-ban-lau-2025-2030", "Bản Lầu", "2025-2030", AnnexKind.TargetsOnly)]
    [InlineData("nghe-an-xa-hung-nguyen-2020-2025", "Hưng Thành", "2020-2025", AnnexKind.Results)]
    [InlineData("phu-tho-xa-thanh-son-2025-2030", "Thanh Sơn", "2025-2030", AnnexKind.TargetsOnly)]
    [InlineData("quang-binh-xa-quang-hoa-2020-2025", "Quảng Hòa", "2020-2025", AnnexKind.Results)]
    [InlineData("quang-nam-xa-tam-xuan-2020-2025", "Tam Xuân I", "2020-2025", AnnexKind.Results)]
    [InlineData("thai-binh-xa-vu-hoi-2025-2030", "Vũ Hội", "2025-2030", AnnexKind.TargetsOnly)]
    [InlineData("thanh-hoa-xa-quang-phu-2020-2025", "Quảng Phú", "2020-2025", AnnexKind.Results)]
    [InlineData("bac-giang-xa-tan-son-2020-2025", "Tân Sơn", "2020-2025", AnnexKind.Results)]
    [InlineData("ben-tre-xa-phuoc-long-2020-2025", "Phước Long", "2020-2025", AnnexKind.Results)]
    [InlineData("ca-mau-xa-khanh-binh-tay-2020-2025", "Khánh Bình Tây", "2020-2025", AnnexKind.Results)]
    [InlineData("cao-bang-xa-quang-han-2020-2025", "Quang Hán", "2020-2025", AnnexKind.Results)]
    [InlineData("dien-bien-xa-muong-phang-2020-2025", "Mường Phăng", "2020-2025", AnnexKind.Results)]
    [InlineData("gia-lai-xa-ia-bang-2025-2030", "Ia Băng", "2025-2030", AnnexKind.TargetsOnly)]
    [InlineData("ha-tinh-xa-ky-tan-2020-2025", "Kỳ Tân", "2020-2025", AnnexKind.Results)]
    [InlineData("hung-yen-xa-tan-tien-2020-2025", "Tân Tiến", "2020-2025", AnnexKind.Results)]
    [InlineData("kon-tum-xa-dak-ro-wa-2025-2030", "Đăk Rơ Wa", "2025-2030", AnnexKind.TargetsOnly)]
    [InlineData("lai-chau-xa-ban-giang-2020-2025", "Bản Giang", "2020-2025", AnnexKind.Results)]
    [InlineData("quang-ngai-xa-binh-hai-2020-2025", "Bình Hải", "2020-2025", AnnexKind.Results)]
    [InlineData("soc-trang-xa-hoa-tu-2020-2025", "Hòa Tú 1", "2020-2025", AnnexKind.Results)]
    [InlineData("tuyen-quang-xa-minh-quang-2025-2030", "Minh Quang", "2025-2030", AnnexKind.TargetsOnly)]
    [InlineData("yen-bai-xa-an-luong-2020-2025", "An Lương", "2020-2025", AnnexKind.Results)]
    public void Every_row_is_read_and_scored_as_a_province_officer_would(string file, string commune, string term, AnnexKind kind)
    {
        var workbook = ScoredWorkbook.From(File.OpenRead(Path.Combine(Folder, file + ".xlsx")), AnnexReadOptions.Default, IndicatorCatalogue.Default);
        Assert.Null(workbook.Read.Error);
        var annex = workbook.Annexes[0];
        Assert.Equal((commune, term, kind), (annex.Annex.Commune, annex.Annex.Term, annex.Annex.Kind));
        Assert.All(workbook.Annexes, a => Assert.Empty(a.Annex.UnplacedColumns));
        var reports = workbook.Annexes.Select(AnnexReports.ForAnnex).ToArray();

        var wrong = new List<string>();
        using var expected = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(Folder, file + ".expected.json")));
        foreach (var row in expected.RootElement.EnumerateArray())
        {
            var number = row.GetProperty("row").GetInt32();
            // "annex": 2 marks a row of the second table on the sheet.
            var report = reports[row.TryGetProperty("annex", out var index) ? index.GetInt32() - 1 : 0];
            var target = report.Targets.SingleOrDefault(t => t.Row == number);
            if (target is null)
            {
                wrong.Add($"row {number}: not read");
                continue;
            }
            var debatable = row.TryGetProperty("debatable", out var why) ? why.GetString() ?? "" : "";
            var status = target.Qualitative ? "qualitative" : target.Status is { } computed ? WireName.Of(computed) : report.Kind == AnnexKind.Results ? "unscored" : null;
            Check("status", row.GetProperty("qualitative").GetBoolean() ? "qualitative" : row.GetProperty("status").GetString(), status);
            if (row.GetProperty("direction").GetString() is { } direction && !debatable.StartsWith("direction", StringComparison.Ordinal))
                Check("direction", direction, WireName.Of(target.Direction));
            Check("findings", string.Join(',', row.GetProperty("findings").EnumerateArray().Select(f => f.GetString()).Order()),
                string.Join(',', target.Findings.Select(f => f.Code).Order()));
            foreach (var (name, got) in new[] { ("target", target.Target), ("actual", target.Actual), ("reportedPercent", target.ReportedPercent) })
            {
                if (row.TryGetProperty(name, out var parts) && parts.ValueKind == JsonValueKind.Array)
                    Check(name, string.Join(';', parts.EnumerateArray().Select(p => p.GetDecimal())), string.Join(';', got));
            }

            void Check(string what, string? want, string? got)
            {
                // A debatable row is held only to what is not in doubt ("unscored" where the figures cannot pair).
                if (want != got && !(debatable.Length > 0 && what != "findings" && what != "status"))
                    wrong.Add($"row {number} ({target.Indicator}): {what} expected {want ?? "null"}, got {got ?? "null"}");
            }
        }
        // Nothing read as a target that is not one: group rows, headings over parts, a split indicator's second row.
        var expectedRows = expected.RootElement.EnumerateArray()
            .Select(r => (Annex: r.TryGetProperty("annex", out var a) ? a.GetInt32() - 1 : 0, Row: r.GetProperty("row").GetInt32())).ToHashSet();
        wrong.AddRange(reports.SelectMany((r, i) => r.Targets.Where(t => !expectedRows.Contains((i, t.Row))).Select(t => $"row {t.Row} ({t.Indicator}): read as a target")));
        Assert.Empty(wrong);
    }
}
