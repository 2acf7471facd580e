using Pipeline.Core.Catalogue;
using Pipeline.Core.Consolidation;
using Pipeline.Core.Reading;
using Pipeline.Core.Reporting;
using Pipeline.Core.Scoring;
using Pipeline.Core.Units;
using Pipeline.Workbooks;

namespace Pipeline.Core.Tests.Consolidation;

/// <summary>The seed's merger (samples/registry.json) and its annexes, read from the sample workbooks.</summary>
internal static class SeedMerger
{
    public static CommuneRegistry Registry { get; } = CommuneRegistry.LoadFile(RepositoryLayout.Sample("registry.json"));

    public static Merger Merger => Registry.FormedBy(new CommuneId("son-la", "bo-sinh"))!;

    public static IReadOnlyList<AnnexReport> Annexes(string sample)
    {
        using var stream = File.OpenRead(RepositoryLayout.Sample(sample));
        var workbook = ScoredWorkbook.From(stream, AnnexReadOptions.Default, IndicatorCatalogue.Default);
        return AnnexReports.ForFile(sample, workbook).Annexes;
    }

    public static PredecessorAnnexes ChiengEn => new("son-la/chieng-en", "Chiềng En", AnnexSource.FromUpload(new UploadId("u-ce")), null, Annexes("chieng-en-2020-2025.xlsx"));

    public static PredecessorAnnexes PuBau => new("son-la/pu-bau", "Pú Bẩu", AnnexSource.FromUpload(new UploadId("u-pb")), null, Annexes("pu-bau-2020-2025.xlsx"));

    public static PredecessorAnnexes OldBoSinh => new("son-la/bo-sinh-cu", "Bó Sinh (cũ)", AnnexSource.FromUpload(new UploadId("u-bs")), null, Annexes("bo-sinh-2020-2025.xlsx"));

    public static NewTermAnnexes Targets2030 => new(AnnexSource.FromUpload(new UploadId("u-2030")), Annexes("bo-sinh-2025-2030-targets.xlsx"));

    public static MergedCommuneSummary Consolidate(IReadOnlyList<PredecessorAnnexes> predecessors, NewTermAnnexes? newTerm = null) =>
        MergedCommuneConsolidator.Consolidate(Merger, "Bó Sinh", predecessors, newTerm ?? NewTermAnnexes.None, IndicatorCatalogue.Default,
            new DateTimeOffset(2026, 11, 29, 0, 0, 0, TimeSpan.Zero));
}
