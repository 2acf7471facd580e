using System.Diagnostics;
using System.Text.Json;
using Pipeline.Local.Commands;
using Pipeline.Workbooks;

namespace Pipeline.Local.Tests;

public sealed class ScoreCommandTests : IDisposable
{
    private readonly string _scratch = Directory.CreateTempSubdirectory("pipeline-cli-").FullName;

    public void Dispose() => Directory.Delete(_scratch, recursive: true);

    private static (int Exit, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = CommandLine.Run(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void Json_output_has_the_documented_shape_for_every_sample()
    {
        var (exit, output, _) = Run("score", RepositoryLayout.Samples, "--json");
        Assert.Equal(ExitCodes.Success, exit);

        using var document = JsonDocument.Parse(output);
        var all = document.RootElement.GetProperty("files").EnumerateArray().ToList();
        // The seven workbooks (one a legacy .xls) and the Word report (its three annexes, and its text against them).
        Assert.Equal(8, all.Count);
        var report = Assert.Single(all, f => f.GetProperty("file").GetString()!.EndsWith("bo-sinh-report-2025.docx", StringComparison.Ordinal));
        Assert.Equal(3, report.GetProperty("annexes").GetArrayLength());
        Assert.Equal(JsonValueKind.Object, report.GetProperty("report").ValueKind);
        var files = all.Where(f => !f.GetProperty("file").GetString()!.EndsWith(".docx", StringComparison.Ordinal)).ToList();
        Assert.Equal(7, files.Count);
        foreach (var file in files)
        {
            Assert.Equal(JsonValueKind.Null, file.GetProperty("error").ValueKind);
            var annex = Assert.Single(file.GetProperty("annexes").EnumerateArray());
            foreach (var name in new[] { "sheet", "commune", "term", "kind", "targets", "counts" })
                Assert.True(annex.TryGetProperty(name, out _), name);
            var target = annex.GetProperty("targets")[0];
            foreach (var name in new[] { "ordinal", "group", "indicator", "unit", "target", "actual", "reportedPercent", "reportedStatus", "direction", "directionReason", "ratio", "status", "findings" })
                Assert.True(target.TryGetProperty(name, out _), name);
        }

        var chiengEn = files.Single(f => f.GetProperty("file").GetString()!.EndsWith("chieng-en-2020-2025.xlsx", StringComparison.Ordinal));
        var annexJson = chiengEn.GetProperty("annexes")[0];
        Assert.Equal("Chiềng En", annexJson.GetProperty("commune").GetString());
        Assert.Equal("results", annexJson.GetProperty("kind").GetString());
        var computed = annexJson.GetProperty("counts").GetProperty("computed");
        Assert.Equal((7, 13, 1, 0), (computed.GetProperty("exceeded").GetInt32(), computed.GetProperty("met").GetInt32(),
            computed.GetProperty("notMet").GetInt32(), computed.GetProperty("unscored").GetInt32()));

        var first = annexJson.GetProperty("targets")[0];
        Assert.Equal("1", first.GetProperty("ordinal").GetString());
        Assert.Equal("economy", first.GetProperty("group").GetString());
        Assert.Equal(18m, first.GetProperty("target")[0].GetDecimal());
        Assert.Equal(27.5m, first.GetProperty("actual")[0].GetDecimal());
        Assert.Equal(152.7m, first.GetProperty("reportedPercent")[0].GetDecimal());
        Assert.Equal(152.78m, first.GetProperty("ratio").GetDecimal());
        Assert.Equal("exceeded", first.GetProperty("status").GetString());
        Assert.Equal("exceeded", first.GetProperty("reportedStatus").GetString());
        Assert.Equal("higher", first.GetProperty("direction").GetString());

        var targetsOnly = files.Single(f => f.GetProperty("file").GetString()!.EndsWith("targets.xlsx", StringComparison.Ordinal));
        Assert.Equal("targets-only", targetsOnly.GetProperty("annexes")[0].GetProperty("kind").GetString());
    }

    [Fact]
    public void A_word_report_prints_its_three_annexes_as_workbook_annexes_are_printed()
    {
        var (exit, output, _) = Run("score", RepositoryLayout.Sample("bo-sinh-report-2025.docx"), "--json");
        Assert.Equal(ExitCodes.Success, exit);

        using var document = JsonDocument.Parse(output);
        var file = Assert.Single(document.RootElement.GetProperty("files").EnumerateArray());
        Assert.Equal(JsonValueKind.Null, file.GetProperty("error").ValueKind);
        var annexes = file.GetProperty("annexes").EnumerateArray().ToList();
        Assert.Equal(["Chiềng En", "Pú Bẩu", "Bó Sinh"], annexes.Select(a => a.GetProperty("commune").GetString()));
        Assert.Equal([21, 26, 18], annexes.Select(a => a.GetProperty("targets").GetArrayLength()));
        var computed = annexes.Select(a => a.GetProperty("counts").GetProperty("computed"))
            .Select(c => (c.GetProperty("exceeded").GetInt32(), c.GetProperty("met").GetInt32(), c.GetProperty("notMet").GetInt32()));
        Assert.Equal([(7, 13, 1), (8, 9, 9), (6, 8, 4)], computed);

        // The report object: the text's claims against these tables — each stated tally that differs, the section that names another commune.
        var report = file.GetProperty("report");
        Assert.Equal(["Chiềng En", "Pú Bẩu", "Bó Sinh"], report.GetProperty("sections").EnumerateArray().Select(s => s.GetProperty("commune").GetString()));
        var findings = report.GetProperty("findings").EnumerateArray().ToArray();
        Assert.Equal(["Chiềng En", "Pú Bẩu", "Bó Sinh"], findings.Where(f => f.GetProperty("code").GetString() == "stated-tally-mismatch").Select(f => f.GetProperty("commune").GetString()));
        var opening = Assert.Single(findings, f => f.GetProperty("code").GetString() == "opening-names-other-commune");
        Assert.Contains("Pú Bẩu", opening.GetProperty("quote").GetString(), StringComparison.Ordinal);
        var admissions = Assert.Single(findings, f => f.GetProperty("code").GetString() == "stated-target-mismatch" && f.GetProperty("commune").GetString() == "Chiềng En");
        Assert.Contains("133/30", admissions.GetProperty("quote").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_pdf_report_is_checked_against_the_workbooks_given_with_it()
    {
        var pdf = Path.Combine(_scratch, "bao-cao.pdf");
        File.WriteAllBytes(pdf, ReportPdf.WithText(SeedReportText.Lines));
        var (exit, output, _) = Run("score", pdf, RepositoryLayout.Sample("chieng-en-2020-2025.xlsx"), RepositoryLayout.Sample("pu-bau-2020-2025.xlsx"),
            RepositoryLayout.Sample("bo-sinh-2020-2025.xlsx"), "--json");
        Assert.Equal(ExitCodes.Success, exit);
        using var document = JsonDocument.Parse(output);
        var file = document.RootElement.GetProperty("files")[0];
        Assert.Empty(file.GetProperty("annexes").EnumerateArray());
        var findings = file.GetProperty("report").GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("code").GetString()).ToArray();
        Assert.Equal(3, findings.Count(c => c == "stated-tally-mismatch"));

        // Alone, it has no annex to be checked against: each section says so.
        var (_, alone, _) = Run("score", pdf, "--json");
        using var aloneDocument = JsonDocument.Parse(alone);
        Assert.All(aloneDocument.RootElement.GetProperty("files")[0].GetProperty("report").GetProperty("sections").EnumerateArray(),
            s => Assert.Equal(JsonValueKind.Null, s.GetProperty("annex").ValueKind));
    }

    [Fact]
    public void A_refused_file_gives_exit_code_1_and_its_error_while_good_files_are_still_scored()
    {
        var bad = Path.Combine(_scratch, "bieu.xlsx");
        File.WriteAllBytes(bad, BadInputs.CsvWithExcelName());
        var (exit, output, _) = Run("score", bad, RepositoryLayout.Sample("pu-bau-2020-2025.xlsx"), "--json");
        Assert.Equal(ExitCodes.Refused, exit);

        using var document = JsonDocument.Parse(output);
        var files = document.RootElement.GetProperty("files");
        var error = files[0].GetProperty("error");
        Assert.Equal("not-a-workbook", error.GetProperty("code").GetString());
        Assert.Contains("Excel", error.GetProperty("message").GetString());
        Assert.Empty(files[0].GetProperty("annexes").EnumerateArray());
        Assert.Equal(26, files[1].GetProperty("annexes")[0].GetProperty("targets").GetArrayLength());
    }

    [Fact]
    public void Commune_and_term_given_on_the_command_line_win_over_the_title()
    {
        var (exit, output, _) = Run("score", RepositoryLayout.Sample("bo-sinh-2020-2025.xlsx"), "--json", "--commune", "Bó Sinh (cũ)", "--term", "2021-2025");
        Assert.Equal(ExitCodes.Success, exit);
        using var document = JsonDocument.Parse(output);
        var annex = document.RootElement.GetProperty("files")[0].GetProperty("annexes")[0];
        Assert.Equal("Bó Sinh (cũ)", annex.GetProperty("commune").GetString());
        Assert.Equal("2021-2025", annex.GetProperty("term").GetString());
    }

    [Fact]
    public void The_table_marks_flagged_rows_and_lists_their_findings()
    {
        var (exit, output, _) = Run("score", RepositoryLayout.Sample("pu-bau-2020-2025.xlsx"));
        Assert.Equal(ExitCodes.Success, exit);
        var lines = output.Split('\n');
        Assert.StartsWith("X 23", lines.Single(l => l.Contains("hoàn thành xuất sắc", StringComparison.Ordinal) && l.StartsWith('X')));
        Assert.Contains(lines, l => l.StartsWith("! 4 ", StringComparison.Ordinal));
        Assert.Contains("Computed: 8 exceeded, 9 met, 9 not met, 0 unscored", output);
        Assert.Contains("reported-status-mismatch", output);
    }

    [Fact]
    public void The_table_names_the_columns_the_reader_could_not_place()
    {
        // A second "Thực hiện" of the same period over the percent column: named, so not taken for the percent, and not read.
        var table = SeedAnnexes.ChiengEn with { Headers = AnnexHeaders.With((AnnexColumn.ReportedPercent, "Thực hiện khác")) };
        var path = Path.Combine(_scratch, "chieng-en-extra.xlsx");
        File.WriteAllBytes(path, AnnexWorkbook.ToBytes(table));

        var (exit, output, _) = Run("score", path);
        Assert.Equal(ExitCodes.Success, exit);
        Assert.Contains("   Cột F (\"Nhiệm kỳ 2020-2025 Thực hiện khác\") không xác định được nội dung nên chưa được đọc.", output);

        var (_, samples, _) = Run("score", RepositoryLayout.Sample("chieng-en-2020-2025.xlsx"));
        Assert.DoesNotContain("chưa được đọc", samples);
    }

    [Fact]
    public void Several_unplaced_columns_are_one_line()
    {
        var line = AnnexTableWriter.UnplacedColumnsLine([new("F", "Ghi chú khác"), new("H", "")]);
        Assert.Equal("Các cột F (\"Ghi chú khác\"), H không xác định được nội dung nên chưa được đọc.", line);
    }

    [Fact]
    public void The_table_says_how_many_cells_were_converted_from_a_legacy_encoding()
    {
        var sheet = AnnexSheetLayout.ToSheet(SeedAnnexes.ChiengEn, "Biểu 01");
        var legacy = LegacySheets.Vni(sheet);
        var file = Path.Combine(_scratch, "bieu-vni.xlsx");
        WorkbookWriter.WriteFile([legacy], file, WorkbookKind.Xlsx);
        var cells = LegacySheets.ChangedTextCells(sheet, legacy);

        var (exit, output, _) = Run("score", file);
        Assert.Equal(ExitCodes.Success, exit);
        Assert.Contains($"Converted {cells} text cells from VNI-Windows to Unicode / Đã chuyển {cells} ô chữ từ mã VNI-Windows sang Unicode.", output);
        Assert.Contains("Computed: 7 exceeded, 13 met, 1 not met, 0 unscored", output);

        var (_, json, _) = Run("score", file, "--json");
        using var document = JsonDocument.Parse(json);
        var conversion = Assert.Single(document.RootElement.GetProperty("files")[0].GetProperty("annexes")[0].GetProperty("textConversions").EnumerateArray());
        Assert.Equal("vni", conversion.GetProperty("encoding").GetString());
        Assert.Equal(cells, conversion.GetProperty("cells").GetInt32());
    }

    [Fact]
    public void The_table_counts_qualitative_targets_apart_with_the_communes_verdicts()
    {
        // Two of Chiềng En's targets rewritten the way communes word qualitative ones.
        var rows = SeedAnnexes.ChiengEn.Rows.Select(row => row is AnnexTargetRow target && target[AnnexColumn.Ordinal] is var ordinal
            ? ordinal.Equals(CellSpec.Number(6)) ? AnnexRow.Target(6, "Duy trì 02 Hợp tác xã", "", "Duy trì", "Duy trì", "", "Đạt")
            : ordinal.Equals(CellSpec.Number(9)) ? AnnexRow.Target(9, "Xã đạt chuẩn quốc gia về y tế", "", "Giữ vững xã đạt chuẩn quốc gia về y tế", "Chưa giữ vững", "", "Không đạt")
            : row : row).ToArray();
        var path = Path.Combine(_scratch, "chieng-en-qualitative.xlsx");
        File.WriteAllBytes(path, AnnexWorkbook.ToBytes(SeedAnnexes.ChiengEn with { Rows = rows }));

        var (exit, output, _) = Run("score", path);
        Assert.Equal(ExitCodes.Success, exit);
        Assert.Contains("Computed: 7 exceeded, 11 met, 1 not met, 0 unscored", output);
        Assert.Contains("   Qualitative: 2 (not scored) / 2 chỉ tiêu định tính, xã tự đánh giá: 1 đạt, 1 không đạt", output);
        Assert.DoesNotContain("unparseable-value", output);

        var (_, json, _) = Run("score", path, "--json");
        using var document = JsonDocument.Parse(json);
        var annex = document.RootElement.GetProperty("files")[0].GetProperty("annexes")[0];
        Assert.Equal(2, annex.GetProperty("counts").GetProperty("qualitative").GetProperty("total").GetInt32());
        Assert.Equal(2, annex.GetProperty("targets").EnumerateArray().Count(t => t.GetProperty("qualitative").GetBoolean()));
    }

    [Fact]
    public void The_table_marks_a_direction_assumed_from_the_communes_arithmetic()
    {
        // Chiềng En's target 9 rewritten as an indicator nothing in the catalogue knows, reported as a
        // ceiling: 5 ÷ 4 × 100 = 125 %, "Vượt". Lower is better by the commune's arithmetic, so no finding.
        var rows = SeedAnnexes.ChiengEn.Rows.Select(row => row is AnnexTargetRow target && target[AnnexColumn.Ordinal].Equals(CellSpec.Number(9))
            ? AnnexRow.Target(9, "Số hộ vi phạm quy ước thôn bản", "hộ", 5, 4, 125, "Vượt")
            : row).ToArray();
        var path = Path.Combine(_scratch, "chieng-en-ceiling.xlsx");
        File.WriteAllBytes(path, AnnexWorkbook.ToBytes(SeedAnnexes.ChiengEn with { Rows = rows }));

        var (exit, output, _) = Run("score", path);
        Assert.Equal(ExitCodes.Success, exit);
        var line = Assert.Single(output.Split('\n'), l => l.Contains("Số hộ vi phạm quy ước thôn bản", StringComparison.Ordinal));
        Assert.EndsWith("low?", line.TrimEnd());
        Assert.StartsWith("  ", line, StringComparison.Ordinal);
        Assert.Contains("Dir \"low?\"/\"high?\": direction assumed", output, StringComparison.Ordinal);

        var (_, json, _) = Run("score", path, "--json");
        using var document = JsonDocument.Parse(json);
        var scored = document.RootElement.GetProperty("files")[0].GetProperty("annexes")[0].GetProperty("targets").EnumerateArray()
            .Single(t => t.GetProperty("indicator").GetString() == "Số hộ vi phạm quy ước thôn bản");
        Assert.True(scored.GetProperty("directionAssumed").GetBoolean());
        Assert.Equal("lower", scored.GetProperty("direction").GetString());
        Assert.Equal("exceeded", scored.GetProperty("status").GetString());
        Assert.Empty(scored.GetProperty("findings").EnumerateArray());
        Assert.StartsWith("commune's arithmetic:", scored.GetProperty("directionReason").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("score")]
    [InlineData("score", "--json")]
    [InlineData("score", "samples", "--term", "2020")]
    [InlineData("score", "samples", "--commune")]
    [InlineData("score", "samples", "--colour")]
    [InlineData("score", "no-such-file.xlsx")]
    [InlineData("frobnicate")]
    public void Usage_errors_exit_with_2_and_say_why(params string[] args)
    {
        var (exit, output, error) = Run(args);
        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Empty(output);
        Assert.Contains("Usage:", error);
    }

    [Fact]
    public void A_term_ending_before_it_starts_is_refused_as_the_api_refuses_it()
    {
        var (exit, output, error) = Run("score", RepositoryLayout.Sample("pu-bau-2020-2025.xlsx"), "--term", "2025-2020");
        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Empty(output);
        Assert.Contains("--term must look like 2020-2025, not '2025-2020'.", error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_built_executable_prints_utf8_json_and_sets_its_exit_code()
    {
        var assembly = Path.Combine(AppContext.BaseDirectory, "pipeline.dll");
        var bad = Path.Combine(_scratch, "empty.xls");
        File.WriteAllBytes(bad, []);
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { assembly, "score", RepositoryLayout.Sample("chieng-en-2020-2025.xlsx"), bad, "--json" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        Assert.True(process.WaitForExit(60_000));
        Assert.Equal(ExitCodes.Refused, process.ExitCode);
        using var document = JsonDocument.Parse(output);
        var files = document.RootElement.GetProperty("files");
        Assert.Equal("Chiềng En", files[0].GetProperty("annexes")[0].GetProperty("commune").GetString());
        Assert.Equal("empty", files[1].GetProperty("error").GetProperty("code").GetString());
    }
}
