using System.Text.Json;
using System.Text.Json.Serialization;

namespace Pipeline.Core.Reporting;

/// <summary>
/// The wire format of the pipeline's enums: member names in camelCase ("notMet", "exceeded"), or
/// the name a member states with <see cref="JsonStringEnumMemberNameAttribute"/> ("targets-only").
/// Put on the enum type so every serializer writes the same strings, with or without options.
/// </summary>
public sealed class CamelCaseEnumConverter<TEnum> : JsonStringEnumConverter<TEnum>
    where TEnum : struct, Enum
{
    /// <summary>Camel-case names. Reading also takes other cases ("Lower"), as catalogues were always read.</summary>
    public CamelCaseEnumConverter()
        : base(JsonNamingPolicy.CamelCase)
    {
    }
}
