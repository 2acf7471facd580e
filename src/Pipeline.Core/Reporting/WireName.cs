using System.Text.Json;

namespace Pipeline.Core.Reporting;

/// <summary>The string an enum value has on the wire ("targets-only", "notMet"), for text that shows it outside JSON: command-line tables, table columns, logs.</summary>
public static class WireName
{
    /// <summary>The value as the converter on its enum type (<see cref="CamelCaseEnumConverter{TEnum}"/>) writes it, without quotes.</summary>
    public static string Of<TEnum>(TEnum value) where TEnum : struct, Enum =>
        JsonSerializer.Deserialize<string>(JsonSerializer.SerializeToUtf8Bytes(value))!;
}
