using System.Text.Json.Serialization;
using Pipeline.Core.Reporting;

namespace Pipeline.Core.Annexes;

/// <summary>A verdict on one target: computed by the scorer, or written by the commune. Wire strings "exceeded", "met", "notMet".</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<TargetStatus>))]
public enum TargetStatus
{
    /// <summary>Vượt.</summary>
    Exceeded,

    /// <summary>Đạt.</summary>
    Met,

    /// <summary>Không đạt / Chưa đạt.</summary>
    NotMet,
}
