using System.Text.Encodings.Web;
using System.Text.Json;

namespace Pipeline.Api;

/// <summary>JSON of every API answer, the same in both hosts: camelCase, Vietnamese text written as is.</summary>
public static class ApiJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        // Answers are JSON documents, never inlined in HTML: no need to escape "ệ" as \u1EC7.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
