using System.Text.Json;

namespace Pipeline.Core.Reading;

/// <summary>The name an annex column goes by outside the reader ("target", "reportedPercent"): the camel-case name of its <see cref="AnnexColumn"/>.</summary>
public static class ColumnKey
{
    public static string Of(AnnexColumn column) => JsonNamingPolicy.CamelCase.ConvertName(column.ToString());
}
