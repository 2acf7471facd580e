using System.Text.Json;
using Pipeline.Core.Annexes;
using Pipeline.Core.Catalogue;
using Pipeline.Core.Reading;
using Pipeline.Core.Reporting;
using Pipeline.Core.Scoring;
using Pipeline.Workbooks;

namespace Pipeline.Core.Tests.Scoring;

/// <summary>
/// Annexes of communes and wards of eleven other provinces, with their own wording and layouts
/// (targets-only annexes beside a baseline column, merged "Kết quả thực hiện" super-headers, "% so
/// KH", level and reduction wordings, asides in brackets), each row beside the outcome a province
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
    public void Every_row_is_read_and_scored_as_a_province_officer_would(string file, string commune, string term, AnnexKind kind)
    {
        var workbook = ScoredWorkbook.From(File.OpenRead(Path.Combine(Folder, file + ".xlsx")), AnnexReadOptions.Default, IndicatorCatalogue.Default);
        Assert.Null(workbook.Read.Error);
        var annex = Assert.Single(workbook.Annexes);
        Assert.Equal((commune, term, kind), (annex.Annex.Commune, annex.Annex.Term, annex.Annex.Kind));
        Assert.Empty(annex.Annex.UnplacedColumns);
        var report = AnnexReports.ForAnnex(annex);

        var wrong = new List<string>();
        using var expected = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(Folder, file + ".expected.json")));
        foreach (var row in expected.RootElement.EnumerateArray())
        {
            var number = row.GetProperty("row").GetInt32();
            var target = report.Targets.SingleOrDefault(t => t.Row == number);
            if (target is null)
            {
                wrong.Add($"row {number}: not read");
                continue;
            }
            var debatable = row.TryGetProperty("debatable", out var why) ? why.GetString() ?? "" : "";
            var status = target.Qualitative ? "qualitative" : target.Status is { } computed ? WireName.Of(computed) : kind == AnnexKind.Results ? "unscored" : null;
            Check("status", row.GetProperty("status").GetString(), status);
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
        Assert.Empty(wrong);
    }
}
