using Pipeline.Core.Catalogue;
using Pipeline.Core.Reading;

namespace Pipeline.Core.Scoring;

/// <summary>A file read and every annex in it scored: the one path from bytes to verdicts that every host uses.</summary>
public sealed record ScoredWorkbook(WorkbookReadResult Read, IReadOnlyList<ScoredAnnex> Annexes)
{
    public static ScoredWorkbook From(Stream file, AnnexReadOptions options, IndicatorCatalogue catalogue)
    {
        var read = AnnexReader.Read(file, options);
        return new ScoredWorkbook(read, read.Annexes.Select(a => TargetScorer.Score(a, catalogue)).ToArray());
    }
}
