namespace Pipeline.Core.Review;

/// <summary>The province's remark on one target of a returned annex, by its ordinal in the annex ("23", "II.1").</summary>
public sealed record RowComment(string Ordinal, string Comment);
