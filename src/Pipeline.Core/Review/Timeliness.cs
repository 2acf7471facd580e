using System.Text.Json.Serialization;
using Pipeline.Core.Reporting;

namespace Pipeline.Core.Review;

/// <summary>Whether a commune submitted by the deadline. Wire strings "onTime", "late".</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<Timeliness>))]
public enum Timeliness
{
    /// <summary>The first annex that became current was received by the end of the deadline day (Vietnam's time).</summary>
    OnTime,

    /// <summary>It was received after the deadline day, or none came and the day has passed.</summary>
    Late,
}
