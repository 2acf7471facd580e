using Microsoft.AspNetCore.Http;
using Pipeline.Storage.Health;

namespace Pipeline.Api;

// Whether the system can serve: its storage answers.
public sealed partial class PipelineEndpoints
{
    /// <summary>
    /// GET /api/health, no key needed: 200 <c>{status: "ok", checks: {blob: "ok", queue: "ok", table: "ok"}}</c>
    /// when blob, queue and table storage each answer within <see cref="StorageHealth.Timeout"/>;
    /// else 503 storage-unavailable whose <c>checks</c> names each failing service with its English
    /// reason. A host that has not opened its storage yet opens it here (<see cref="StoragePreparation.EnsureAsync"/>),
    /// and answers 503 too when that fails.
    /// </summary>
    public async Task<IResult> HealthAsync(HttpContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        StorageHealthReport report;
        using (var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
        {
            timeout.CancelAfter(StorageHealth.Timeout);
            try
            {
                await preparation.EnsureAsync(timeout.Token).ConfigureAwait(false);
                report = await health.CheckAsync(cancellationToken).ConfigureAwait(false);
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
