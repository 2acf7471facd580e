namespace Pipeline.Core.Annexes;

/// <summary>The group rows I–IV of an annex.</summary>
public enum TargetGroup
{
    Economy,
    Society,
    Environment,
    Party,
}
