using Microsoft.AspNetCore.Http;
using Pipeline.Storage;
using Pipeline.Storage.Health;

namespace Pipeline.Api;

// Whether the system can serve: its storage answers.
public sealed partial class PipelineEndpoints
{
    /// <summary>GET /api/health on the storage this host holds open.</summary>
    public Task<IResult> HealthAsync(HttpContext context, CancellationToken cancellationToken) =>
        HealthAsync(context, _ => Task.FromResult(storage), cancellationToken);

    /// <summary>
    /// GET /api/health, no key needed: 200 <c>{status: "ok", checks: {blob: "ok", queue: "ok", table: "ok"}}</c>
    /// when blob, queue and table storage each answer within <see cref="StorageHealth.Timeout"/>;
    /// else 503 storage-unavailable whose <c>checks</c> names each failing service with its English
    /// reason. A host that cannot open its storage at all (<paramref name="open"/> fails) answers 503 too.
    /// </summary>
    public static async Task<IResult> HealthAsync(HttpContext context, Func<CancellationToken, Task<PipelineStorage>> open, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(open);
        StorageHealthReport report;
        using (var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
        {
            timeout.CancelAfter(StorageHealth.Timeout);
            try
            {
                var storage = await open(timeout.Token).ConfigureAwait(false);
                report = await storage.Health.CheckAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
            {
                report = StorageHealthReport.Unopened($"no answer within {StorageHealth.Timeout.TotalSeconds:0} s");
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                report = StorageHealthReport.Unopened(StorageOutage.Describe(ex));
            }
        }
        if (report.Healthy) return Results.Json(new { status = "ok", checks = HealthChecks.Of(report.Checks) }, ApiJson.Options);
        ApiLog.Unhealthy(ApiLog.For(context), string.Join("; ", report.Failed.Select(c => $"{HealthChecks.Name(c.Service)}: {c.Failure}")));
        return Problems.StorageUnhealthy(report);
    }
}
