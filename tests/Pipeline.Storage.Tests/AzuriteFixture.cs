using Pipeline.Local.Azurite;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace Pipeline.Storage.Tests;

/// <summary>
/// One in-memory Azurite per test collection, installed with npm on first use. Its output goes to xunit's
/// diagnostic messages (shown with "diagnosticMessages": true or a detailed logger verbosity).
/// </summary>
public sealed class AzuriteFixture(IMessageSink diagnostics) : IAsyncLifetime
{
    private AzuriteProcess? _azurite;

    public AzuriteProcess Azurite => _azurite ?? throw new InvalidOperationException("Azurite has not started yet.");

    /// <summary>The storage connection string with explicit blob, queue and table endpoints.</summary>
    public string ConnectionString => Azurite.ConnectionString;

    public async Task InitializeAsync()
    {
        _azurite = await AzuriteProcess.StartAsync(AzuriteOptions.InMemory() with
        {
            Log = line => diagnostics.OnMessage(new DiagnosticMessage("azurite: {0}", line)),
        });
    }

    public async Task DisposeAsync()
    {
        if (_azurite is not null) await _azurite.DisposeAsync();
    }
}
