using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Pipeline.Api;
using Pipeline.Core.Units;
using Pipeline.Storage.Catalogue;
using Pipeline.Storage.Review;
using Pipeline.Storage.Units;
using Pipeline.Storage.Uploads;
using Pipeline.Testing;

namespace Pipeline.Storage.Tests.Fakes;

/// <summary>
/// <see cref="PipelineEndpoints"/> from the hosts' own composition, with the narrow interfaces
/// the upload and caller routes depend on (units, upload receiver, catalogue, annex locks) replaced by in-memory fakes and the account pointed at
/// an address nothing listens on: any route that reached storage would fail.
/// </summary>
internal sealed class EndpointsWithoutStorage
{
    public EndpointsWithoutStorage(CommuneRegistry registry)
    {
        var services = new ServiceCollection()
            .AddSingleton(registry)
            .AddPipelineStorage("DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:9/devstoreaccount1;QueueEndpoint=http://127.0.0.1:9/devstoreaccount1;TableEndpoint=http://127.0.0.1:9/devstoreaccount1;")
            .AddSingleton<IUnitRegistry>(new InMemoryUnits(registry))
            .AddSingleton<IUploadReceiver>(Uploads)
            .AddSingleton<ICatalogueSource>(new BuiltInCatalogue())
            .AddSingleton<IAnnexLocks>(new NoLocks())
            .AddSingleton<PipelineEndpoints>()
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
        Endpoints = services.GetRequiredService<PipelineEndpoints>();
        Submission = services.GetRequiredService<AnnexSubmission>();
    }

    public InMemoryUploads Uploads { get; } = new();

    public PipelineEndpoints Endpoints { get; }

    public AnnexSubmission Submission { get; }

    /// <summary>A POST of the multipart form the portal sends.</summary>
    public static async Task<HttpRequest> FormAsync(string commune, string term, byte[] file, string fileName = "bieu.xlsx")
    {
        using var form = AnnexUploadForm.Create(commune, term, file, fileName);
        var context = NewContext();
        context.Request.Method = HttpMethods.Post;
        context.Request.ContentType = form.Headers.ContentType!.ToString();
        var body = await form.ReadAsByteArrayAsync();
        context.Request.ContentLength = body.Length;
        context.Request.Body = new MemoryStream(body);
        return context.Request;
    }

    /// <summary>A request whose body must not be read: reading it throws.</summary>
    public static HttpRequest UnreadableForm()
    {
        var context = NewContext();
        context.Request.Method = HttpMethods.Post;
        context.Request.ContentType = "multipart/form-data; boundary=x";
        context.Request.Body = new UnreadableStream();
        return context.Request;
    }

    /// <summary>Executes <paramref name="result"/>: its status, content type and JSON body.</summary>
    public static async Task<(int Status, string ContentType, JsonElement Json)> AnswerAsync(IResult result)
    {
        var context = NewContext();
        var body = new MemoryStream();
        context.Response.Body = body;
        await result.ExecuteAsync(context);
        return (context.Response.StatusCode, context.Response.ContentType ?? "", JsonDocument.Parse(body.ToArray()).RootElement);
    }

    private static DefaultHttpContext NewContext() =>
        new() { RequestServices = new ServiceCollection().AddLogging().AddProblemDetails().BuildServiceProvider() };

    private sealed class UnreadableStream : MemoryStream
    {
        public override int Read(byte[] buffer, int offset, int count) => throw new InvalidOperationException("The body was read.");

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) => throw new InvalidOperationException("The body was read.");

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) => throw new InvalidOperationException("The body was read.");
    }
}
