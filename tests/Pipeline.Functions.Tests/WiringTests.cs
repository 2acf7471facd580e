using System.Globalization;
using System.Reflection;
using System.Text.Json;
using Azure.Storage.Blobs;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Pipeline.Core.Units;
using Pipeline.Storage;
using Pipeline.Storage.Scoring;

namespace Pipeline.Functions.Tests;

/// <summary>What the host relies on without running it: registrations, settings, trigger attributes, host.json.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class WiringTests(FunctionsFixture fixture)
{
    private static readonly string[] AllFunctions =
        [
            "AssumedDirections", "CancelUpload", "CheckAnnex", "CommuneHistory", "CommuneProgress", "CommuneReview", "CommuneSummary", "CommuneTargets", "CommuneUploads", "ConfirmUpload", "ConsolidationRun",
            "ConsolidationRuns", "DecideReview", "DeleteProvinceCatalogue", "FailedScore", "Health", "Me",
            "ParseAnnex", "Portal", "ProvinceCatalogue", "ProvinceDeadlines", "ProvinceSummaries", "ProvinceSummary", "ProvinceUnits", "ReplaceProvinceCatalogue", "ReplaceProvinceUnits",
            "ScheduledConsolidation", "ScoreAnnex", "SetProvinceDeadline", "StartConsolidation", "SweepPendingUploads", "UploadAnnex", "UploadStatus",
        ];

    private static IConfiguration Settings(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build();

    [Fact]
    public void The_storage_connection_is_the_PipelineStorage_setting_else_the_hosts_own_storage()
    {
        Assert.Equal("a", PipelineServices.ConnectionString(Settings(("PipelineStorage", "a"), ("AzureWebJobsStorage", "b"))));
        Assert.Equal("c", PipelineServices.ConnectionString(Settings(("ConnectionStrings:PipelineStorage", "c"), ("AzureWebJobsStorage", "b"))));
        Assert.Equal("b", PipelineServices.ConnectionString(Settings(("PipelineStorage", " "), ("AzureWebJobsStorage", "b"))));
        var error = Assert.Throws<InvalidOperationException>(() => PipelineServices.ConnectionString(Settings()));
        Assert.Contains("PipelineStorage", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_function_class_is_built_from_the_apps_registrations()
    {
        using var scope = fixture.Services.CreateScope();
        foreach (var type in FunctionClasses())
            Assert.NotNull(ActivatorUtilities.CreateInstance(scope.ServiceProvider, type));
    }

    [Fact]
    public void The_registry_is_deployed_next_to_the_app_and_is_the_samples_one()
    {
        var deployed = Path.Combine(AppContext.BaseDirectory, PipelineServices.RegistryFileName);
        Assert.True(File.Exists(deployed), $"{deployed} is missing");
        Assert.Equal(File.ReadAllText(Workbooks.RepositoryLayout.Sample("registry.json")), File.ReadAllText(deployed));
        var registry = fixture.Services.GetRequiredService<CommuneRegistry>();
        Assert.NotNull(registry.Find(new CommuneId("son-la", "pu-bau")));
    }

    [Fact]
    public async Task Storage_is_prepared_once_for_concurrent_callers_and_again_after_a_failure()
    {
        var attempts = 0;
        var preparation = new StoragePreparation(async cancellationToken =>
        {
            await Task.Delay(50, cancellationToken);
            if (Interlocked.Increment(ref attempts) == 1) throw new IOException("storage unreachable");
        });

        await Assert.ThrowsAsync<IOException>(() => preparation.EnsureAsync(CancellationToken.None));
        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => preparation.EnsureAsync(CancellationToken.None)));
        await preparation.EnsureAsync(CancellationToken.None);

        Assert.Equal(2, attempts);
        await preparation.RepeatAsync(CancellationToken.None); // the local host, after its emulator restarted
        Assert.Equal(3, attempts);
    }

    [Fact]
    public async Task A_cancelled_caller_stops_waiting_without_cancelling_the_shared_preparation()
    {
        var release = new TaskCompletionSource();
        var prepared = 0;
        var preparation = new StoragePreparation(async _ =>
        {
            await release.Task;
            Interlocked.Increment(ref prepared);
        });
        using var cancelled = new CancellationTokenSource();

        var waiting = preparation.EnsureAsync(cancelled.Token);
        await cancelled.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
        release.SetResult();

        await preparation.EnsureAsync(CancellationToken.None);
        Assert.Equal(1, prepared);
    }

    [Fact]
    public async Task The_worker_builds_every_function_without_touching_storage_and_the_first_invocation_opens_it()
    {
        // Nothing listens there: building the graph must not need it; only an invocation fails, and is answered.
        await using var app = FunctionsFixture.App(FunctionHttp.UnreachableStorage());
        foreach (var type in FunctionClasses())
            Assert.NotNull(ActivatorUtilities.CreateInstance(app, type));
        await Assert.ThrowsAnyAsync<Exception>(() => app.GetRequiredService<StoragePreparation>().EnsureAsync(new CancellationTokenSource(TimeSpan.FromSeconds(5)).Token));
    }

    [Fact]
    public void The_triggers_name_the_pipelines_container_queues_and_connection()
    {
        var parse = TriggerOf<BlobTriggerAttribute>(typeof(ParseAnnexFunction));
        Assert.Equal($"{StorageNames.AnnexesContainer}/{{name}}", parse.BlobPath);
        Assert.Equal(BlobTriggerSource.EventGrid, parse.Source);
        Assert.Equal(PipelineServices.ConnectionSetting, parse.Connection);

        var score = TriggerOf<QueueTriggerAttribute>(typeof(ScoreAnnexFunction));
        Assert.Equal(StorageNames.ScoreQueue, score.QueueName);
        Assert.Equal(PipelineServices.ConnectionSetting, score.Connection);

        var failed = TriggerOf<QueueTriggerAttribute>(typeof(FailedScoreFunction));
        Assert.Equal(StorageNames.ScorePoisonQueue, failed.QueueName);
        Assert.Equal(PipelineServices.ConnectionSetting, failed.Connection);

        var health = TriggerOf<HttpTriggerAttribute>(typeof(HealthFunctions).GetMethod(nameof(HealthFunctions.HealthAsync))!);
        Assert.Equal("api/health", health.Route);
        Assert.Equal(AuthorizationLevel.Anonymous, health.AuthLevel);
        Assert.Equal(["get"], health.Methods ?? []);

        Assert.Equal(AllFunctions, FunctionMethods().Select(m => m.GetCustomAttribute<FunctionAttribute>()!.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_function_is_named_by_a_constant_of_its_class_or_by_the_trigger_names_both_hosts_share()
    {
        static IEnumerable<string> Constants(Type type) =>
            type.GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral && f.FieldType == typeof(string)).Select(f => (string)f.GetRawConstantValue()!);
        var triggers = Constants(typeof(TriggerNames)).ToHashSet(StringComparer.Ordinal);

        Assert.All(FunctionMethods(), function =>
        {
            var name = function.GetCustomAttribute<FunctionAttribute>()!.Name;
            var http = function.GetParameters().Any(p => p.GetCustomAttribute<HttpTriggerAttribute>() is not null);
            Assert.Contains(name, http ? Constants(function.DeclaringType!) : triggers);
        });
        Assert.Equal(triggers.Order(StringComparer.Ordinal), FunctionMethods()
            .Where(m => !m.GetParameters().Any(p => p.GetCustomAttribute<HttpTriggerAttribute>() is not null))
            .Select(m => m.GetCustomAttribute<FunctionAttribute>()!.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_route_the_local_host_serves_is_an_http_function_with_the_same_method()
    {
        var builder = Microsoft.AspNetCore.Builder.WebApplication.CreateSlimBuilder();
        Pipeline.Api.PipelineRoutes.AddPipelineApi(builder.Services);
        var app = builder.Build();
        Pipeline.Api.PipelineRoutes.MapPipelineApi(app, _ => null);
        var local = ((Microsoft.AspNetCore.Routing.IEndpointRouteBuilder)app).DataSources
            .SelectMany(source => source.Endpoints)
            .OfType<Microsoft.AspNetCore.Routing.RouteEndpoint>()
            .SelectMany(e => e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()!.HttpMethods
                .Select(m => $"{m} /{e.RoutePattern.RawText!.Trim('/')}"))
            .Order(StringComparer.Ordinal)
            .ToArray();

        using var host = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "host.json")));
        var prefix = host.RootElement.GetProperty("extensions").GetProperty("http").GetProperty("routePrefix").GetString()!.Trim('/');
        var functions = FunctionMethods()
            .Select(m => m.GetParameters().Select(p => p.GetCustomAttribute<HttpTriggerAttribute>()).SingleOrDefault(a => a is not null))
            .OfType<HttpTriggerAttribute>()
            .Where(http => http.Route?.Contains("{*", StringComparison.Ordinal) != true) // the portal's catch-all, if any
            .SelectMany(http => (http.Methods ?? []).Select(m => $"{m.ToUpperInvariant()} /{string.Join('/', new[] { prefix, http.Route!.Trim('/') }.Where(p => p.Length > 0))}"))
            .Order(StringComparer.Ordinal)
            .ToArray();
        Assert.Equal(27, local.Length);
        Assert.Contains("GET /api/communes/{province}/{commune}/progress", local);
        Assert.Equal(local, functions);
    }

    [Fact]
    public void The_parse_trigger_binds_a_blob_client_so_the_host_does_not_download_the_original()
    {
        var parameter = FunctionMethod(typeof(ParseAnnexFunction)).GetParameters().Single(p => p.GetCustomAttribute<BlobTriggerAttribute>() is not null);
        Assert.Equal(typeof(BlobClient), parameter.ParameterType);
    }

    [Fact]
    public void The_generated_functions_metadata_lists_the_four_functions_with_their_triggers()
    {
        // What the Functions host reads at startup (the Worker SDK writes it at build and publish).
        using var metadata = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "functions.metadata")));
        var triggers = metadata.RootElement.EnumerateArray().ToDictionary(
            f => f.GetProperty("name").GetString()!,
            f => f.GetProperty("bindings").EnumerateArray().Single(b => b.GetProperty("type").GetString()!.EndsWith("Trigger", StringComparison.Ordinal)));

        Assert.Equal(AllFunctions, triggers.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("timerTrigger", triggers["ScheduledConsolidation"].GetProperty("type").GetString());
        Assert.Equal("api/communes/{province}/{commune}/summary", triggers["CommuneSummary"].GetProperty("route").GetString());
        Assert.Equal("api/communes/{province}/{commune}/progress", triggers["CommuneProgress"].GetProperty("route").GetString());
        Assert.Equal("api/communes/{province}/{commune}/review", triggers["DecideReview"].GetProperty("route").GetString());
        Assert.Equal("api/communes/{province}/{commune}/history", triggers["CommuneHistory"].GetProperty("route").GetString());
        Assert.Equal("api/provinces/{province}/deadlines/{term}", triggers["SetProvinceDeadline"].GetProperty("route").GetString());
        Assert.Equal("blobTrigger", triggers["ParseAnnex"].GetProperty("type").GetString());
        Assert.Equal("annexes/{name}", triggers["ParseAnnex"].GetProperty("path").GetString());
        Assert.Equal("EventGrid", triggers["ParseAnnex"].GetProperty("source").GetString());
        Assert.Equal("annexes-to-score", triggers["ScoreAnnex"].GetProperty("queueName").GetString());
        Assert.Equal("annexes-to-score-poison", triggers["FailedScore"].GetProperty("queueName").GetString());
        Assert.Equal("api/health", triggers["Health"].GetProperty("route").GetString());
        Assert.Equal("{*path}", triggers["Portal"].GetProperty("route").GetString());
    }

    [Fact]
    public void Host_json_retries_a_score_request_five_times_and_serves_http_from_the_root()
    {
        using var host = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "host.json")));
        var root = host.RootElement;
        Assert.Equal("2.0", root.GetProperty("version").GetString());
        var queues = root.GetProperty("extensions").GetProperty("queues");
        Assert.Equal(5, queues.GetProperty("maxDequeueCount").GetInt32());
        Assert.Equal("base64", queues.GetProperty("messageEncoding").GetString()); // what StorageAccount.QueueOptions writes
        // No prefix: the portal answers at /, and every API function's route starts with api/ itself.
        Assert.Equal("", root.GetProperty("extensions").GetProperty("http").GetProperty("routePrefix").GetString());
    }

    [Theory]
    [InlineData("src/Pipeline.Functions/host.json")]
    [InlineData("host.json")] // the copy deployed beside the app
    public void Host_json_says_the_score_queue_settings_the_local_host_uses_too(string path)
    {
        var file = path.StartsWith("src/", StringComparison.Ordinal) ? Path.Combine(Workbooks.RepositoryLayout.Root, path) : Path.Combine(AppContext.BaseDirectory, path);
        using var host = JsonDocument.Parse(File.ReadAllText(file));
        var queues = host.RootElement.GetProperty("extensions").GetProperty("queues");

        var said = queues.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.ToString());
        Assert.Equal(new Dictionary<string, string>
        {
            ["maxDequeueCount"] = ScoreQueueSettings.MaxDequeueCount.ToString(CultureInfo.InvariantCulture),
            ["visibilityTimeout"] = ScoreQueueSettings.VisibilityTimeout.ToString("c", CultureInfo.InvariantCulture),
            ["batchSize"] = ScoreQueueSettings.BatchSize.ToString(CultureInfo.InvariantCulture),
            ["newBatchThreshold"] = ScoreQueueSettings.NewBatchThreshold.ToString(CultureInfo.InvariantCulture),
            ["maxPollingInterval"] = ScoreQueueSettings.MaxPollingInterval.ToString("c", CultureInfo.InvariantCulture),
            ["messageEncoding"] = said["messageEncoding"],
        }, said);
        Assert.Equal(ScoreQueueSettings.MessageEncoding, Enum.Parse<Azure.Storage.Queues.QueueMessageEncoding>(said["messageEncoding"], ignoreCase: true));
    }

    [Fact]
    public void Every_http_function_but_the_portal_is_under_api()
    {
        var routes = FunctionMethods()
            .Select(m => (Type: m.DeclaringType, Trigger: m.GetParameters().Select(p => p.GetCustomAttribute<HttpTriggerAttribute>()).OfType<HttpTriggerAttribute>().SingleOrDefault()))
            .Where(f => f.Trigger is not null && f.Type != typeof(PortalFunction))
            .Select(f => f.Trigger!.Route ?? "")
            .ToList();
        Assert.NotEmpty(routes);
        Assert.All(routes, route => Assert.StartsWith("api/", route, StringComparison.Ordinal));
    }

    private static IEnumerable<Type> FunctionClasses() =>
        typeof(PipelineServices).Assembly.GetTypes().Where(t => t.GetMethods().Any(m => m.GetCustomAttribute<FunctionAttribute>() is not null));

    /// <summary>Every function of the app, from the classes that group them.</summary>
    private static IEnumerable<MethodInfo> FunctionMethods() =>
        FunctionClasses().SelectMany(t => t.GetMethods()).Where(m => m.GetCustomAttribute<FunctionAttribute>() is not null);

    /// <summary>The function of a class that holds one (the triggers).</summary>
    private static MethodInfo FunctionMethod(Type type) =>
        type.GetMethods().Single(m => m.GetCustomAttribute<FunctionAttribute>() is not null);

    private static T TriggerOf<T>(Type type) where T : Attribute => TriggerOf<T>(FunctionMethod(type));

    private static T TriggerOf<T>(MethodInfo function) where T : Attribute =>
        function.GetParameters().Select(p => p.GetCustomAttribute<T>()).OfType<T>().Single();
}
