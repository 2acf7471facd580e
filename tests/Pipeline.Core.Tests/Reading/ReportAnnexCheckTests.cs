using Pipeline.Core.Annexes;
using Pipeline.Core.Catalogue;
using Pipeline.Core.Narrative;
using Pipeline.Core.Reading;
using Pipeline.Core.Scoring;
using Pipeline.Core.Units;
using Pipeline.Workbooks;

namespace Pipeline.Core.Tests.Reading;

/// <summary>
/// A Word report's annexes that would count twice for one commune, or for a commune no title names (the breaker's F2, F3):
/// the rule on annexes as read, then on the real documents the Workbooks writers make, split as an upload splits them.
/// </summary>
public class ReportAnnexCheckTests
{
    private static readonly CommuneId BoSinh = new("son-la", "bo-sinh");
    private static readonly CommuneId ChiengEn = new("son-la", "chieng-en");
    private static readonly CommuneId PuBau = new("son-la", "pu-bau");
    private static readonly CommuneId BoSinhCu = new("son-la", "bo-sinh-cu");
    private static readonly CommuneId[] BoSinhClerk = [BoSinh, ChiengEn, PuBau, BoSinhCu];
    private static readonly CommuneRegistry Registry = RegistryOf();

    private static CommuneRegistry RegistryOf()
    {
        var (province, errors) = ProvinceUnitsValidator.Validate(new ProvinceUnits("son-la", "Sơn La",
            [new("bo-sinh", "Bó Sinh"), new("chieng-en", "Chiềng En"), new("pu-bau", "Pú Bẩu"), new("bo-sinh-cu", "Bó Sinh (cũ)")],
            [new MergerUnit("bo-sinh", ["chieng-en", "pu-bau", "bo-sinh-cu"], "2025-07-01", "Nghị quyết 1681/NQ-UBTVQH15")]));
        Assert.Empty(errors);
        return CommuneRegistry.Empty.With(province!);
    }

    private static Annex Table(int number, string? commune, string? term = "2020-2025") =>
        new($"Bảng {number}", commune, term, AnnexKind.Results, 5, []) { Titled = new AnnexTitles(commune, term) };

    [Fact]
    public void Two_annexes_of_one_commune_term_and_period_are_named_in_one_warning()
    {
        var own = new[] { Table(2, "PÚ BẨU"), Table(3, "PÚ BẨU") };
        var warning = Assert.Single(ReportAnnexCheck.Warnings(own, own, "Pú Bẩu", "2020-2025"));
        Assert.StartsWith("Báo cáo có hai biểu cùng ghi xã Pú Bẩu, nhiệm kỳ 2020-2025 (Bảng 2 và Bảng 3): ", warning, StringComparison.Ordinal);
        Assert.Contains("kiểm tra lại tên xã trên từng biểu", warning, StringComparison.Ordinal);
    }

    [Fact]
    public void Annexes_of_one_commune_for_different_periods_are_no_duplicate()
    {
        var own = new[] { Table(2, "PÚ BẨU"), Table(3, "PÚ BẨU") with { Period = Periods.ReportingPeriod.OfYear(2024) } };
        Assert.Empty(ReportAnnexCheck.Warnings(own, own, "Pú Bẩu", "2020-2025"));
        var three = new[] { Table(2, "PÚ BẨU"), Table(3, "PÚ BẨU"), Table(4, "PÚ BẨU") };
        Assert.StartsWith("Báo cáo có 3 biểu cùng ghi xã Pú Bẩu, nhiệm kỳ 2020-2025 (Bảng 2, Bảng 3 và Bảng 4)",
            Assert.Single(ReportAnnexCheck.Warnings(three, three, "Pú Bẩu", "2020-2025")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_table_titled_for_no_commune_among_titled_ones_is_said_to_have_no_title_of_its_own()
    {
        var all = new[] { Table(2, "CHIỀNG EN"), Table(3, null), Table(4, "PÚ BẨU") };
        var warning = Assert.Single(ReportAnnexCheck.Warnings([all[1]], all, "Bó Sinh", "2025-2030"));
        Assert.StartsWith("Bảng 3 của báo cáo không có tiêu đề riêng ghi tên xã", warning, StringComparison.Ordinal);
        Assert.Contains("không biết là biểu của xã nào", warning, StringComparison.Ordinal);
        Assert.Contains("chưa được tính cho xã Bó Sinh, nhiệm kỳ 2025-2030", warning, StringComparison.Ordinal);
        // A report none of whose tables is titled (each read for the commune chosen) is the title check's, as before.
        var untitled = new[] { Table(2, null), Table(3, null) with { Period = Periods.ReportingPeriod.OfYear(2024) } };
        Assert.Empty(ReportAnnexCheck.Warnings(untitled, untitled, "Bó Sinh", "2025-2030"));
    }

    private static (IReadOnlyList<Annex> All, IReadOnlyList<AnnexPart> Parts) Split(byte[] report)
    {
        var read = AnnexReader.Read(new MemoryStream(report, writable: false), new AnnexReadOptions("Bó Sinh", "2025-2030"));
        Assert.Null(read.Error);
        return (read.Annexes, AnnexAttribution.Split(read.Annexes, BoSinh, "2025-2030", BoSinhClerk, Registry));
    }

    private static IReadOnlyList<string> WarningsOf(IReadOnlyList<Annex> all, AnnexPart part) =>
        ReportAnnexCheck.Warnings(part.Indexes.Select(i => all[i]).ToArray(), all, Registry.Find(part.Commune)!.Name, part.Term);

    [Fact]
    public void The_seed_report_gives_no_warning_to_any_part()
    {
        var (all, parts) = Split(SampleReports.BoSinh2025.ToBytes());
        Assert.All(parts, p => Assert.Empty(WarningsOf(all, p)));
    }

    [Fact]
    public void A_block_pasted_twice_gives_Chieng_En_two_annexes_and_holds_its_part_only()
    {
        var (all, parts) = Split(DuplicatedAnnexes.BlockTwice());
        var chiengEn = Assert.Single(parts, p => p.Commune == ChiengEn);
        Assert.Equal([0, 1], chiengEn.Indexes);
        Assert.StartsWith("Báo cáo có hai biểu cùng ghi xã Chiềng En, nhiệm kỳ 2020-2025 (Bảng 2 và Bảng 3)", Assert.Single(WarningsOf(all, chiengEn)), StringComparison.Ordinal);
        Assert.All(parts.Where(p => p.Commune != ChiengEn), p => Assert.Empty(WarningsOf(all, p)));
    }

    [Fact]
    public void A_title_naming_Pu_Bau_over_Chieng_Ens_table_holds_Pu_Baus_part_naming_both_tables()
    {
        var (all, parts) = Split(DuplicatedAnnexes.ChiengEnTitledPuBau());
        Assert.DoesNotContain(parts, p => p.Commune == ChiengEn);
        var puBau = Assert.Single(parts, p => p.Commune == PuBau);
        Assert.StartsWith("Báo cáo có hai biểu cùng ghi xã Pú Bẩu, nhiệm kỳ 2020-2025 (Bảng 2 và Bảng 3)", Assert.Single(WarningsOf(all, puBau)), StringComparison.Ordinal);
    }

    [Fact]
    public void A_table_pasted_under_itself_stays_with_the_report_and_is_said_to_have_no_title()
    {
        var (all, parts) = Split(DuplicatedAnnexes.TableTwiceUntitled());
        Assert.Equal(4, all.Count);
        Assert.Null(all[1].Titled?.Commune);
        Assert.Equal([1], parts[0].Indexes);
        Assert.StartsWith("Bảng 3 của báo cáo không có tiêu đề riêng ghi tên xã", Assert.Single(WarningsOf(all, parts[0])), StringComparison.Ordinal);
        Assert.All(parts.Skip(1), p => Assert.Empty(WarningsOf(all, p)));
    }

    private static NarrativeReport NarrativeOf(byte[] report)
    {
        var read = AnnexReader.Read(new MemoryStream(report, writable: false), new AnnexReadOptions("Bó Sinh", "2025-2030"));
        return NarrativeReports.For(read.Narrative, read.Annexes.Select(a => TargetScorer.Score(a, IndicatorCatalogue.Default)).ToArray(), IndicatorCatalogue.Default);
    }

    [Fact]
    public void The_text_is_checked_against_neither_of_two_tables_naming_its_commune()
    {
        var renamed = NarrativeOf(DuplicatedAnnexes.ChiengEnTitledPuBau());
        var puBau = renamed.Findings.Where(f => f.Commune == "Pú Bẩu").ToArray();
        var several = Assert.Single(puBau);
        Assert.Equal(NarrativeFindingCode.SectionWithSeveralAnnexes, several.Code);
        Assert.Contains("Bảng 2 và Bảng 3", several.Message, StringComparison.Ordinal);
        Assert.Equal([NarrativeFindingCode.SectionWithoutAnnex], renamed.Findings.Where(f => f.Commune == "Chiềng En").Select(f => f.Code));

        var twice = NarrativeOf(DuplicatedAnnexes.BlockTwice());
        Assert.Equal([NarrativeFindingCode.SectionWithSeveralAnnexes], twice.Findings.Where(f => f.Commune == "Chiềng En").Select(f => f.Code));
    }

    [Fact]
    public void An_untitled_copy_is_not_taken_for_the_section_of_the_commune_the_report_was_read_for()
    {
        var seed = NarrativeOf(SampleReports.BoSinh2025.ToBytes());
        var copied = NarrativeOf(DuplicatedAnnexes.TableTwiceUntitled());
        // The old Bó Sinh's section is checked against its own titled table, as in the seed: the same findings.
        Assert.Equal(seed.Findings.Where(f => f.Commune == "Bó Sinh").Select(f => (f.Code, f.Quote, f.Sheet?.Replace("Bảng 4", "Bảng 5", StringComparison.Ordinal))),
            copied.Findings.Where(f => f.Commune == "Bó Sinh").Select(f => (f.Code, f.Quote, f.Sheet)));
        Assert.Equal(16, seed.Findings.Count);
    }
}
