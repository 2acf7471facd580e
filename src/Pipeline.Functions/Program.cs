using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Hosting;
using Pipeline.Functions;

// The isolated worker with ASP.NET Core integration (HttpRequest / IActionResult in HTTP functions).
// Storage is opened lazily (StoragePreparation.EnsureAsync) by the first invocation, not here before
// Build(): see that class for why. AddPipeline registers the pipeline once (PipelineServices).
var builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureFunctionsWebApplication();
builder.Services.AddPipeline();

await builder.Build().RunAsync().ConfigureAwait(false);
