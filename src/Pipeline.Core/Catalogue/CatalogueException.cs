namespace Pipeline.Core.Catalogue;

/// <summary>The catalogue file is wrong: an operator's configuration error, not a clerk's.</summary>
public sealed class CatalogueException : Exception
{
    public CatalogueException(string message) : base(message) { }

    public CatalogueException(string message, Exception inner) : base(message, inner) { }

    /// <param name="message">English, for the log.</param>
    /// <param name="overLimits">Vietnamese, one sentence per limit of <see cref="CatalogueLimits"/> the document is over.</param>
    public CatalogueException(string message, IReadOnlyList<string> overLimits) : base(message) => OverLimits = overLimits;

    /// <summary>
    /// What is over <see cref="CatalogueLimits"/>, in Vietnamese for the province officer who sent
    /// the document; empty when the document is wrong in another way (then only <see cref="Exception.Message"/> says how).
    /// </summary>
    public IReadOnlyList<string> OverLimits { get; } = [];
}
