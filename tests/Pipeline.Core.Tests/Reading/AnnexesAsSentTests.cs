using Pipeline.Core.Annexes;
using Pipeline.Core.Periods;
using Pipeline.Core.Reading;
using Pipeline.Core.Units;
using Pipeline.Workbooks;

namespace Pipeline.Core.Tests.Reading;

/// <summary>
/// A report's annexes as its upload sends them on: the seed report sent by the new Bó Sinh's clerk for 2025–2030 with the
/// period 2026 chosen — its three 2020–2025 annexes go on as parts, read by their own titles, not as 2026's.
/// </summary>
public class AnnexesAsSentTests
{
    private static readonly CommuneId BoSinh = new("son-la", "bo-sinh");

    private static CommuneRegistry Registry()
    {
        var (province, errors) = ProvinceUnitsValidator.Validate(new ProvinceUnits("son-la", "Sơn La",
            [new("bo-sinh", "Bó Sinh"), new("chieng-en", "Chiềng En"), new("pu-bau", "Pú Bẩu"), new("bo-sinh-cu", "Bó Sinh (cũ)")],
            [new MergerUnit("bo-sinh", ["chieng-en", "pu-bau", "bo-sinh-cu"], "2025-07-01", "Nghị quyết 1681/NQ-UBTVQH15")]));
        Assert.Empty(errors);
        return CommuneRegistry.Empty.With(province!);
    }

    [Fact]
    public void The_old_terms_annexes_of_a_report_sent_with_a_year_are_read_for_their_own_commune_term_and_period()
    {
        var registry = Registry();
        var bytes = SampleReports.BoSinh2025.ToBytes();
        WorkbookReadResult Read(AnnexReadOptions options) => AnnexReader.Read(new MemoryStream(bytes), options);
        var options = new AnnexReadOptions("Bó Sinh", "2025-2030") { Period = ReportingPeriod.OfYear(2026) };
        var asChosen = Read(options);
        Assert.Null(asChosen.Error);
        // Read for the year chosen, the first table loses its results: what the report must not be checked against.
        Assert.Contains(asChosen.Annexes, a => a.Period == ReportingPeriod.OfYear(2026));

        var split = AnnexAttribution.Split(asChosen.Annexes, BoSinh, "2025-2030", registry.Province("son-la")!.Communes.Select(c => c.Id).ToArray(), registry);
        var sent = AnnexesAsSent.Read(Read, options, asChosen.Annexes, split, registry);

        Assert.Equal([("Chiềng En", "2020-2025"), ("Pú Bẩu", "2020-2025"), ("Bó Sinh (cũ)", "2020-2025")], sent.Select(a => (a.Commune!, a.Term!)));
        Assert.All(sent, a => Assert.Equal((AnnexKind.Results, ReportingPeriod.WholeTerm), (a.Kind, a.Period)));
        // As each part reads them: for its commune and term, without the period chosen for another term.
        var own = Read(new AnnexReadOptions("Chiềng En", "2020-2025"));
        Assert.Equal(own.Annexes[0].Rows.Count, sent[0].Rows.Count);
        Assert.All(split.Skip(1), p => Assert.Null(AnnexesAsSent.PeriodOf(p, "2025-2030", ReportingPeriod.OfYear(2026))));
        Assert.Equal(ReportingPeriod.OfYear(2026), AnnexesAsSent.PeriodOf(split[0], "2025-2030", ReportingPeriod.OfYear(2026)));
    }
}
