using System.Diagnostics.CodeAnalysis;

namespace Pipeline.Functions.Tests;

/// <summary>Test classes marked [Collection("Azurite")] share one in-memory Azurite and one opened storage.</summary>
[CollectionDefinition(Name)]
[SuppressMessage("Naming", "CA1711:Identifiers should not have incorrect suffix", Justification = "xunit's naming convention for collection definitions.")]
public sealed class AzuriteCollection : ICollectionFixture<FunctionsFixture>
{
    public const string Name = "Azurite";
}
