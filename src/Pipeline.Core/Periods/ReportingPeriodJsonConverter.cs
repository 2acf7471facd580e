using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Pipeline.Core.Periods;

/// <summary>Writes and reads a <see cref="ReportingPeriod"/> as its string form ("2026", "mid-term", "term").</summary>
public sealed class ReportingPeriodJsonConverter : JsonConverter<ReportingPeriod>
{
    public override ReportingPeriod Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.TokenType == JsonTokenType.Number ? reader.GetInt32().ToString(CultureInfo.InvariantCulture) : reader.GetString();
        return ReportingPeriod.TryParse(text, out var period) ? period : throw new JsonException($"'{text}' is not a period: a year such as 2026, mid-term or term.");
    }

    public override void Write(Utf8JsonWriter writer, ReportingPeriod value, JsonSerializerOptions options) => writer.WriteStringValue(value.ToString());
}
