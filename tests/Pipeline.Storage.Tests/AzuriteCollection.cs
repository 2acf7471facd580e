using Pipeline.Testing;
using System.Diagnostics.CodeAnalysis;

namespace Pipeline.Storage.Tests;

/// <summary>Test classes marked [Collection("Azurite")] share one in-memory Azurite, started once.</summary>
[CollectionDefinition(Name)]
[SuppressMessage("Naming", "CA1711:Identifiers should not have incorrect suffix", Justification = "xunit's naming convention for collection definitions.")]
public sealed class AzuriteCollection : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "Azurite";
}
