using System.Text.Json;
using Pipeline.Storage.Health;

namespace Pipeline.Api;

/// <summary>The <c>checks</c> member of the health answer: <c>{"blob": "ok", "queue": "…reason…", …}</c>.</summary>
internal static class HealthChecks
{
    /// <summary>The service's JSON name: "blob", "queue", "table".</summary>
    public static string Name(StorageService service) => JsonNamingPolicy.CamelCase.ConvertName(service.ToString());

    /// <summary>Each check by service name: "ok", or the English reason it failed.</summary>
    public static Dictionary<string, string> Of(IEnumerable<StorageCheck> checks) =>
        checks.ToDictionary(c => Name(c.Service), c => c.Failure ?? "ok", StringComparer.Ordinal);
}
