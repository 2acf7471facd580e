namespace Pipeline.Core.Reading;

/// <summary>A refused file.</summary>
/// <param name="Message">For the commune clerk, in Vietnamese: what is wrong and what to do.</param>
/// <param name="Detail">For logs and operators, in English.</param>
public sealed record ReadError(ReadErrorCode Code, string Message, string Detail);
