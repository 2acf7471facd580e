using Pipeline.Local.Azurite;
using Xunit;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace Pipeline.Testing;

/// <summary>
/// One in-memory Azurite per test collection, installed with npm on first use. Its output goes to xunit's
/// diagnostic messages (shown with "diagnosticMessages": true or a detailed logger verbosity). Each test
/// project names it in its own collection definition (xunit looks for those in the test assembly).
/// </summary>
public sealed class AzuriteFixture(IMessageSink diagnostics) : IAsyncLifetime
{
    private AzuriteProcess? _azurite;

    /// <summary>The running emulator (its ports), once started.</summary>
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
