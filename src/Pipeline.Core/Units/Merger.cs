namespace Pipeline.Core.Units;

/// <summary>
/// Old communes merged into a new one on <see cref="Effective"/> under <see cref="LegalBasis"/>
/// (for the seed: Chiềng En, Pú Bẩu and the old Bó Sinh into the new Bó Sinh on 1 July 2025,
/// Nghị quyết 1681/NQ-UBTVQH15).
/// </summary>
public sealed record Merger(CommuneId Into, IReadOnlyList<CommuneId> From, DateOnly Effective, string LegalBasis)
{
    /// <summary>The term the predecessors reported for: the one that ended in the merger's year.</summary>
    public string BaselineTerm => Term.Ending(Effective.Year).ToString();

    /// <summary>The new commune's first term: the one that started in the merger's year.</summary>
    public string NewTerm => Term.Starting(Effective.Year).ToString();
}
