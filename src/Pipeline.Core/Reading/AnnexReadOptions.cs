namespace Pipeline.Core.Reading;

/// <summary>What the caller knows about a file before it is read.</summary>
/// <param name="Commune">Commune name to use instead of the one in the title rows.</param>
/// <param name="Term">Term ("2020-2025") to use instead of the one in the title rows.</param>
public sealed record AnnexReadOptions(string? Commune = null, string? Term = null)
{
    public AnnexReadLimits Limits { get; init; } = AnnexReadLimits.Default;

    public static AnnexReadOptions Default { get; } = new();
}
