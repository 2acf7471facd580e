namespace Pipeline.Workbooks;

/// <summary>The files of <c>samples/</c>: the seed annexes as a commune would save them.</summary>
public static class SampleWorkbooks
{
    /// <summary>Chiềng En: a "Hướng dẫn" cover sheet first, the annex on the second sheet.</summary>
    public static SampleWorkbook ChiengEn { get; } = new(
        "chieng-en-2020-2025.xlsx",
        WorkbookKind.Xlsx,
        [
            SheetSpec.OfLines("Hướng dẫn",
            [
                "HƯỚNG DẪN LẬP BIỂU",
                "Biểu số 01: Kết quả thực hiện Nghị quyết Đại hội Đảng bộ xã Chiềng En nhiệm kỳ 2020-2025.",
                "Số liệu tính đến ngày 30/6/2025.",
                "Cột \"So sánh %\" = Kết quả thực hiện / Chỉ tiêu NQ Đại hội × 100.",
                "Cột \"Ghi chú\" ghi: Vượt, Đạt hoặc Không đạt.",
                "Biểu số liệu ở trang tính \"Biểu 01\".",
            ]) with { ColumnWidths = [90] },
            AnnexSheetLayout.ToSheet(SeedAnnexes.ChiengEn, "Biểu 01"),
        ]);

    public static SampleWorkbook PuBau { get; } = new(
        "pu-bau-2020-2025.xlsx", WorkbookKind.Xlsx, [AnnexSheetLayout.ToSheet(SeedAnnexes.PuBau, "Biểu 02")]);

    /// <summary>The same Pú Bẩu annex as a legacy BIFF8 .xls.</summary>
    public static SampleWorkbook PuBauLegacy { get; } = PuBau with
    {
        RelativePath = "legacy/pu-bau-2020-2025.xls",
        Kind = WorkbookKind.Xls,
    };

    public static SampleWorkbook BoSinh { get; } = new(
        "bo-sinh-2020-2025.xlsx", WorkbookKind.Xlsx, [AnnexSheetLayout.ToSheet(SeedAnnexes.BoSinh, "Biểu 03")]);

    public static SampleWorkbook BoSinhTargets2030 { get; } = new(
        "bo-sinh-2025-2030-targets.xlsx", WorkbookKind.Xlsx, [AnnexSheetLayout.ToSheet(SeedAnnexes.BoSinhTargets2030, "Chỉ tiêu 2025-2030")]);

    /// <summary>The new Bó Sinh's results for 2026 against the year's plan and its 2030 targets (a yearly annex).</summary>
    public static SampleWorkbook BoSinhResults2026 { get; } = new(
        "bo-sinh-2026-results.xlsx", WorkbookKind.Xlsx, [AnnexSheetLayout.ToSheet(SeedAnnexes.BoSinhResults2026, "Năm 2026")]);

    /// <summary>The new Bó Sinh's estimated results for 2027 ("Ước thực hiện năm 2027").</summary>
    public static SampleWorkbook BoSinhResults2027 { get; } = new(
        "bo-sinh-2027-results.xlsx", WorkbookKind.Xlsx, [AnnexSheetLayout.ToSheet(SeedAnnexes.BoSinhResults2027, "Năm 2027")]);

    public static IReadOnlyList<SampleWorkbook> All => [ChiengEn, PuBau, BoSinh, BoSinhTargets2030, PuBauLegacy, BoSinhResults2026, BoSinhResults2027];
}
