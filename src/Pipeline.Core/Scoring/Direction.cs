namespace Pipeline.Core.Scoring;

/// <summary>Which way is good for an indicator.</summary>
public enum Direction
{
    /// <summary>More is better: income, coverage, members admitted.</summary>
    Higher,

    /// <summary>Less is better: malnutrition, child marriage, a poverty rate as a level.</summary>
    Lower,
}
