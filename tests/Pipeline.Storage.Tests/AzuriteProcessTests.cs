using Pipeline.Testing;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Pipeline.Local.Azurite;

namespace Pipeline.Storage.Tests;

/// <summary>The real emulator, started from the repository's package.json, spoken to over HTTP by the Azure SDK clients.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class AzuriteProcessTests(AzuriteFixture fixture) : IDisposable
{
    private readonly string _scratch = Directory.CreateTempSubdirectory("pipeline-azurite-tests-").FullName;

    public void Dispose()
    {
        try
        {
            Directory.Delete(_scratch, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a temp folder.
        }
    }

    [Fact]
    public async Task Blobs_queue_messages_and_table_entities_round_trip_over_http()
    {
        var connectionString = fixture.ConnectionString;
        Assert.Contains($"BlobEndpoint=http://127.0.0.1:{fixture.Azurite.BlobPort}/devstoreaccount1;", connectionString);

        var container = new BlobServiceClient(connectionString).GetBlobContainerClient(UniqueName("annexes"));
        await container.CreateAsync();
        var blob = container.GetBlobClient("ha-giang/pu-bau/2020-2025/upload-1.json");
        await blob.UploadAsync(BinaryData.FromString("{\"chỉ tiêu\":\"Đạt\"}"));
        Assert.Equal("{\"chỉ tiêu\":\"Đạt\"}", (await blob.DownloadContentAsync()).Value.Content.ToString());

        var queueName = UniqueName("to-score");
        var queue = new QueueClient(connectionString, queueName, new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 });
        await queue.CreateAsync();
        await queue.SendMessageAsync("upload-1");
        var raw = new QueueClient(connectionString, queueName);
        Assert.Equal(Convert.ToBase64String("upload-1"u8), (await raw.PeekMessageAsync()).Value.Body.ToString());
        var received = (await queue.ReceiveMessageAsync()).Value;
        Assert.Equal("upload-1", received.Body.ToString());
        await queue.DeleteMessageAsync(received.MessageId, received.PopReceipt);
        Assert.Null((await queue.ReceiveMessageAsync()).Value);

        var table = new TableClient(connectionString, UniqueTableName("Targets"));
        await table.CreateAsync();
        await table.AddEntityAsync(new TableEntity("pu-bau|2020-2025", "23") { ["Ratio"] = 62.07, ["Indicator"] = "Đảng viên hoàn thành xuất sắc nhiệm vụ" });
        var entity = (await table.GetEntityAsync<TableEntity>("pu-bau|2020-2025", "23")).Value;
        Assert.Equal(62.07, entity.GetDouble("Ratio"));
        Assert.Equal("Đảng viên hoàn thành xuất sắc nhiệm vụ", entity.GetString("Indicator"));
    }

    [Fact]
    public async Task Data_in_a_location_folder_survives_a_restart()
    {
        var options = AzuriteOptions.Persistent(_scratch);
        await using (var first = await AzuriteProcess.StartAsync(options))
        {
            Assert.Equal(_scratch, first.DataDirectory);
            var container = new BlobServiceClient(first.ConnectionString).GetBlobContainerClient("annexes");
            await container.CreateAsync();
            await container.UploadBlobAsync("kept.txt", BinaryData.FromString("still here"));
            var table = new TableClient(first.ConnectionString, "Uploads");
            await table.CreateAsync();
            await table.AddEntityAsync(new TableEntity("pu-bau", "upload-1") { ["Status"] = "scored" });
        }

        Assert.True(File.Exists(Path.Combine(_scratch, "__azurite_db_blob__.json")));

        await using var second = await AzuriteProcess.StartAsync(options);
        var blob = new BlobServiceClient(second.ConnectionString).GetBlobContainerClient("annexes").GetBlobClient("kept.txt");
        Assert.Equal("still here", (await blob.DownloadContentAsync()).Value.Content.ToString());
        var entity = (await new TableClient(second.ConnectionString, "Uploads").GetEntityAsync<TableEntity>("pu-bau", "upload-1")).Value;
        Assert.Equal("scored", entity.GetString("Status"));
    }

    [Fact]
    public async Task Two_instances_run_at_once_on_different_ports_with_separate_data()
    {
        var starts = new[] { AzuriteProcess.StartAsync(), AzuriteProcess.StartAsync() };
        try
        {
            await Task.WhenAll(starts);
        }
        catch
        {
            foreach (var start in starts.Where(start => start.IsCompletedSuccessfully))
                await (await start).DisposeAsync();
            throw;
        }

        await using var a = await starts[0];
        await using var b = await starts[1];
        int[] ports = [a.BlobPort, a.QueuePort, a.TablePort, b.BlobPort, b.QueuePort, b.TablePort];
        Assert.Equal(ports.Length, ports.Distinct().Count());
        Assert.NotEqual(a.ProcessId, b.ProcessId);

        var name = UniqueName("only-in-a");
        await new BlobServiceClient(a.ConnectionString).GetBlobContainerClient(name).CreateAsync();
        Assert.True((await new BlobServiceClient(a.ConnectionString).GetBlobContainerClient(name).ExistsAsync()).Value);
        Assert.False((await new BlobServiceClient(b.ConnectionString).GetBlobContainerClient(name).ExistsAsync()).Value);
    }

    [Fact]
    public async Task Asked_for_ports_are_the_ports_it_listens_on()
    {
        var ports = FreeLoopbackPorts(3);
        await using var azurite = await AzuriteProcess.StartAsync(new AzuriteOptions { BlobPort = ports[0], QueuePort = ports[1], TablePort = ports[2] });

        Assert.Equal(ports, new[] { azurite.BlobPort, azurite.QueuePort, azurite.TablePort });
        Assert.Contains($"TableEndpoint=http://127.0.0.1:{ports[2]}/devstoreaccount1;", azurite.ConnectionString);
        await new TableServiceClient(azurite.ConnectionString).CreateTableIfNotExistsAsync("Ports");
    }

    [Fact]
    public async Task Disposing_stops_the_node_process()
    {
        var azurite = await AzuriteProcess.StartAsync();
        var processId = azurite.ProcessId;
        Assert.False(azurite.HasExited);

        await azurite.DisposeAsync();
        await azurite.DisposeAsync(); // Twice is harmless.

        Assert.Throws<ArgumentException>(() => Process.GetProcessById(processId));
    }

    [Fact]
    public async Task A_port_in_use_fails_with_azurites_own_error()
    {
        using var occupant = new TcpListener(IPAddress.Loopback, 0);
        occupant.Start();
        var busy = ((IPEndPoint)occupant.LocalEndpoint).Port;

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => AzuriteProcess.StartAsync(new AzuriteOptions { BlobPort = busy }));

        Assert.Contains("exited with code", error.Message, StringComparison.Ordinal);
        Assert.Contains("EADDRINUSE", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_root_without_package_json_is_refused()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => AzuriteProcess.StartAsync(new AzuriteOptions { RepositoryRoot = _scratch }));

        Assert.Contains("holds no package.json", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_same_port_for_two_services_is_refused()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => AzuriteProcess.StartAsync(new AzuriteOptions { BlobPort = 20000, QueuePort = 20000 }));
    }

    private static string UniqueName(string prefix) => $"{prefix}-{Guid.NewGuid():N}";

    private static string UniqueTableName(string prefix) => $"{prefix}{Guid.NewGuid():N}";

    private static int[] FreeLoopbackPorts(int count)
    {
        var listeners = Enumerable.Range(0, count).Select(_ => new TcpListener(IPAddress.Loopback, 0)).ToList();
        try
        {
            foreach (var listener in listeners) listener.Start();
            return [.. listeners.Select(listener => ((IPEndPoint)listener.LocalEndpoint).Port)];
        }
        finally
        {
            foreach (var listener in listeners) listener.Dispose();
        }
    }
}
