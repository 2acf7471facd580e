namespace Pipeline.Core.Scoring;

/// <summary>Something the commune got wrong, or something the scorer could not judge.</summary>
/// <param name="Code">One of <see cref="FindingCodes"/>.</param>
/// <param name="Message">For the clerk and the province, in Vietnamese.</param>
/// <param name="Detail">For logs and operators, in English.</param>
public sealed record Finding(string Code, FindingSeverity Severity, string Message, string Detail);
