using Azure.Identity;
using Azure.Storage.Queues;
using Microsoft.Extensions.Configuration;

namespace Pipeline.Functions.Tests;

/// <summary>
/// Which storage clients the app builds from its settings. Only the message-encoding test talks to
/// storage (Azurite); the identity cases make no network call.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class StorageClientsTests(FunctionsFixture fixture)
{
    private const string Blob = "https://stpipeline.blob.core.windows.net";
    private const string Queue = "https://stpipeline.queue.core.windows.net";
    private const string Table = "https://stpipeline.table.core.windows.net";

    private static IConfiguration Settings(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build();

    private static (string, string)[] Identity(string prefix = "PipelineStorage") =>
        [($"{prefix}:blobServiceUri", Blob), ($"{prefix}:queueServiceUri", Queue), ($"{prefix}:tableServiceUri", Table)];

    [Fact]
    public void A_connection_string_gives_clients_on_that_account()
    {
        var clients = StorageClients.FromConfiguration(Settings(("PipelineStorage", "UseDevelopmentStorage=true")));

        Assert.Equal("devstoreaccount1", clients.Blobs.AccountName);
        Assert.Equal("devstoreaccount1", clients.Queues.AccountName);
        Assert.Equal("devstoreaccount1", clients.Tables.AccountName);
    }

    [Fact]
    public async Task Queue_messages_are_written_in_Base64_as_the_queue_trigger_reads_them()
    {
        var clients = StorageClients.FromConfiguration(Settings(("PipelineStorage", fixture.ConnectionString)));
        var queue = clients.Queues.GetQueueClient("storage-clients-encoding");
        await queue.CreateIfNotExistsAsync();
        await queue.SendMessageAsync("{\"uploadId\":\"u\"}");

        // A client without encoding sees the bytes on the wire.
        var raw = await new QueueClient(fixture.ConnectionString, queue.Name).ReceiveMessageAsync();
        Assert.Equal(Convert.ToBase64String("{\"uploadId\":\"u\"}"u8.ToArray()), raw.Value.Body.ToString());
    }

    [Fact]
    public void The_pipelines_connection_string_wins_over_its_service_uris_and_the_hosts_storage()
    {
        var clients = StorageClients.FromConfiguration(Settings([("PipelineStorage", "UseDevelopmentStorage=true"), ("AzureWebJobsStorage", "UseDevelopmentStorage=false"), .. Identity()]));

        Assert.Equal("devstoreaccount1", clients.Blobs.AccountName);
    }

    [Fact]
    public void Service_uris_give_clients_on_those_endpoints_with_the_managed_identity()
    {
        var clients = StorageClients.FromConfiguration(Settings([.. Identity(), ("PipelineStorage:credential", "managedidentity"), ("PipelineStorage:clientId", "00000000-0000-0000-0000-000000000001")]));

        Assert.Equal(new Uri(Blob), clients.Blobs.Uri);
        Assert.Equal(new Uri(Queue), clients.Queues.Uri);
        Assert.Equal(new Uri(Table), clients.Tables.Uri);
    }

    [Fact]
    public void The_credential_is_the_managed_identity_only_when_asked_for_else_the_default_chain()
    {
        Assert.IsType<ManagedIdentityCredential>(StorageClients.Credential(Settings(("PipelineStorage:credential", "ManagedIdentity")).GetSection("PipelineStorage")));
        Assert.IsType<DefaultAzureCredential>(StorageClients.Credential(Settings(("PipelineStorage:blobServiceUri", Blob)).GetSection("PipelineStorage")));
    }

    [Fact]
    public void App_settings_with_double_underscores_reach_the_same_section()
    {
        // How the Bicep template's app settings arrive: environment variables, "__" as the separator.
        var prefix = $"PIPELINE_TEST_{Guid.NewGuid():N}_";
        var names = new[] { "blobServiceUri", "queueServiceUri", "tableServiceUri" };
        var values = new[] { Blob, Queue, Table };
        try
        {
            for (var i = 0; i < names.Length; i++) Environment.SetEnvironmentVariable($"{prefix}PipelineStorage__{names[i]}", values[i]);
            var clients = StorageClients.FromConfiguration(new ConfigurationBuilder().AddEnvironmentVariables(prefix).Build());

            Assert.Equal(new Uri(Blob), clients.Blobs.Uri);
            Assert.Equal(new Uri(Queue), clients.Queues.Uri);
            Assert.Equal(new Uri(Table), clients.Tables.Uri);
        }
        finally
        {
            foreach (var name in names) Environment.SetEnvironmentVariable($"{prefix}PipelineStorage__{name}", null);
        }
    }

    [Fact]
    public void The_hosts_own_storage_serves_when_the_pipeline_has_no_setting()
    {
        Assert.Equal("devstoreaccount1", StorageClients.FromConfiguration(Settings(("AzureWebJobsStorage", "UseDevelopmentStorage=true"))).Blobs.AccountName);
        Assert.Equal(new Uri(Blob), StorageClients.FromConfiguration(Settings(Identity("AzureWebJobsStorage"))).Blobs.Uri);
    }

    [Fact]
    public void Nothing_configured_names_both_ways_to_configure_storage()
    {
        var error = Assert.Throws<InvalidOperationException>(() => StorageClients.FromConfiguration(Settings()));

        Assert.Contains("'PipelineStorage'", error.Message, StringComparison.Ordinal);
        Assert.Contains("connection string", error.Message, StringComparison.Ordinal);
        Assert.Contains("PipelineStorage__blobServiceUri", error.Message, StringComparison.Ordinal);
        Assert.Contains("managed identity", error.Message, StringComparison.Ordinal);
        Assert.Equal(error.Message, Assert.Throws<InvalidOperationException>(() => PipelineServices.ConnectionString(Settings())).Message);
    }

    [Fact]
    public void Incomplete_or_plain_http_service_uris_are_refused_by_name()
    {
        var missing = Assert.Throws<InvalidOperationException>(() => StorageClients.FromConfiguration(Settings(("PipelineStorage:blobServiceUri", Blob))));
        Assert.Contains("PipelineStorage__queueServiceUri", missing.Message, StringComparison.Ordinal);

        var http = Assert.Throws<InvalidOperationException>(() => StorageClients.FromConfiguration(Settings([.. Identity().Where(s => !s.Item1.EndsWith("tableServiceUri", StringComparison.Ordinal)), ("PipelineStorage:tableServiceUri", "http://stpipeline.table.core.windows.net")])));
        Assert.Contains("PipelineStorage__tableServiceUri", http.Message, StringComparison.Ordinal);
        Assert.Contains("https", http.Message, StringComparison.Ordinal);
    }
}
