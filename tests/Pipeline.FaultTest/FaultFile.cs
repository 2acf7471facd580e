using Pipeline.Workbooks;

namespace Pipeline.FaultTest;

/// <summary>
/// One file a sender of the fault test uploads, again and again.
/// </summary>
/// <param name="Commune">The commune it is sent for ("son-la/pu-bau").</param>
/// <param name="Term">The term it is sent for.</param>
/// <param name="Name">Its file name.</param>
/// <param name="Bytes">Its content.</param>
/// <param name="Expected">The status it must end with: "scored" or "rejected".</param>
/// <param name="Covers">The communes whose <see cref="FaultRound.SummaryTerm"/> summary it decides once scored: its own for an annex,
/// the communes its annexes name for a Word report (its parts).</param>
/// <param name="Parts">How many parts (annexes sent on to other communes) a scored upload of it has; each must end scored too.</param>
public sealed record FaultFile(string Commune, string Term, string Name, byte[] Bytes, string Expected, IReadOnlyList<string> Covers, int Parts = 0)
{
    /// <summary>The files of <paramref name="batch"/>.</summary>
    public static IReadOnlyList<FaultFile> Of(FaultBatch batch) => batch switch
    {
        FaultBatch.Workbooks =>
        [
            Annex("son-la/chieng-en", "Biểu 01 Chiềng En.xlsx", SampleWorkbooks.ChiengEn.ToBytes()),
            Annex("son-la/pu-bau", "Biểu 02 Pú Bẩu.xlsx", SampleWorkbooks.PuBau.ToBytes()),
            Annex("son-la/bo-sinh-cu", "Biểu 03 Bó Sinh.xlsx", SampleWorkbooks.BoSinh.ToBytes()),
            new("son-la/pu-bau", FaultRound.SummaryTerm, "hong.xlsx", BadInputs.Truncated(), "rejected", []),
        ],
        // The new Bó Sinh's clerk sends the seed report for 2025-2030: its three annexes go on to the predecessors' 2020-2025.
        FaultBatch.Reports =>
        [
            new("son-la/bo-sinh", "2025-2030", "Báo cáo Bó Sinh 2025.docx", SampleReports.BoSinh2025.ToBytes(), "scored",
                ["son-la/chieng-en", "son-la/pu-bau", "son-la/bo-sinh-cu"], Parts: 3),
            new("son-la/bo-sinh", "2025-2030", "bao-cao-hong.docx", BadInputs.Truncated(), "rejected", []),
        ],
        _ => throw new ArgumentOutOfRangeException(nameof(batch), batch, null),
    };

    private static FaultFile Annex(string commune, string name, byte[] bytes) => new(commune, FaultRound.SummaryTerm, name, bytes, "scored", [commune]);
}
