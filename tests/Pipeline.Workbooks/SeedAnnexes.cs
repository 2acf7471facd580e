namespace Pipeline.Workbooks;

/// <summary>
/// The annexes of the seed political report (BIỂU SỐ 01–03) and the new commune's 2025–2030
/// targets, transcribed value for value, mistakes included: the point of the system is to
/// find those mistakes, so the test data must keep them.
/// </summary>
public static partial class SeedAnnexes
{
    private const string Exceeded = "Vượt";
    private const string Met = "Đạt";
    private const string NotMet = "Không đạt";

    private const string EconomyGroup = "Nhóm chỉ tiêu chủ yếu về kinh tế";
    private const string SocietyGroup = "Nhóm chỉ tiêu chủ yếu về xã hội";
    private const string EnvironmentGroup = "Nhóm chỉ tiêu về môi trường";
    private const string PartyGroup = "Chỉ tiêu về xây dựng Đảng và hệ thống chính trị";

    private const string Term2020Title = "NHIỆM KỲ 2020-2025";

    /// <summary>The old communes' three annexes, in the seed's order, then the new commune's targets.</summary>
    public static IReadOnlyList<AnnexTable> All => [ChiengEn, PuBau, BoSinh, BoSinhTargets2030];

    /// <summary>The seed's three 2020–2025 result annexes.</summary>
    public static IReadOnlyList<AnnexTable> Results2020To2025 => [ChiengEn, PuBau, BoSinh];

    private static AnnexTargetRow Row(
        CellSpec ordinal, string indicator, string unit, CellSpec target, CellSpec actual, CellSpec percent, CellSpec verdict) =>
        AnnexRow.Target(ordinal, indicator, unit, target, actual, percent, verdict);

    /// <summary>One decimal shown, as clerks format a computed percentage.</summary>
    private static CellSpec OneDecimal(double value) => CellSpec.Number(value, "0.0");

    /// <summary>The "(Kèm theo …)" line of the seed's annexes, with its missing space and its dash.</summary>
    private static string AttachmentNote(string dash) =>
        $"(Kèm theo Báo cáo tổng kết việc thực hiện Nghị quyết Đại hội nhiệm kỳ 2020 - 2025;phương hướng, mục tiêu, nhiệm vụ, giải pháp nhiệm kỳ 2025 {dash} 2030)";
}
