namespace Pipeline.Core.Annexes;

public enum AnnexKind
{
    /// <summary>Targets with achieved values: the end-of-term report.</summary>
    Results,

    /// <summary>Targets only: a new term's plan, with no achieved column.</summary>
    TargetsOnly,
}
