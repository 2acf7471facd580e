namespace Pipeline.Core.Scoring;

/// <summary>Something the commune got wrong, or something the scorer could not judge.</summary>
/// <param name="Code">One of <see cref="FindingCodes"/>.</param>
/// <param name="Message">For the clerk and the province, in Vietnamese.</param>
/// <param name="Detail">For logs and operators, in English.</param>
public sealed record Finding(string Code, FindingSeverity Severity, string Message, string Detail)
{
    /// <summary>The column of the row's cell to correct (its key in <see cref="Annexes.Annex.ColumnLetters"/>), or null when no one cell is at fault.</summary>
    public string? Column { get; init; }
}
