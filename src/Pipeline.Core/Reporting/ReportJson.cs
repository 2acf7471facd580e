using System.Text.Encodings.Web;
using System.Text.Json;

namespace Pipeline.Core.Reporting;

/// <summary>JSON settings for every report: camelCase, Vietnamese text left readable, UTF-8.</summary>
public static class ReportJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        // Reports are JSON documents, never inlined in HTML, so Vietnamese text and quotes stay as they are.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true,
    };
}
