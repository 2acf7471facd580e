using System.Text.Json.Serialization;
using Pipeline.Core.Reporting;

namespace Pipeline.Core.Review;

/// <summary>Whether a commune submitted by the deadline. Wire strings "onTime", "late".</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<Timeliness>))]
public enum Timeliness
{
    OnTime,
    Late,
}
