namespace Pipeline.Core.Catalogue;

/// <summary>The catalogue file is wrong: an operator's configuration error, not a clerk's.</summary>
public sealed class CatalogueException : Exception
{
    public CatalogueException(string message) : base(message) { }

    public CatalogueException(string message, Exception inner) : base(message, inner) { }
}
