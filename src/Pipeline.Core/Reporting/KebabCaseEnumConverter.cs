using System.Text.Json;
using System.Text.Json.Serialization;

namespace Pipeline.Core.Reporting;

/// <summary>
/// The wire format of enums whose values are codes, like the refusal and finding codes: member names in
/// kebab-case ("stated-tally-mismatch"). Put on the enum type so every serializer writes the same strings.
/// </summary>
public sealed class KebabCaseEnumConverter<TEnum> : JsonStringEnumConverter<TEnum>
    where TEnum : struct, Enum
{
    public KebabCaseEnumConverter()
        : base(JsonNamingPolicy.KebabCaseLower)
    {
    }
}
