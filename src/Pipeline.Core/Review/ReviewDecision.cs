using System.Text.Json.Serialization;
using Pipeline.Core.Reporting;

namespace Pipeline.Core.Review;

/// <summary>What a province officer decides on a commune's annex. Wire strings "confirm", "return", "reopen".</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<ReviewDecision>))]
public enum ReviewDecision
{
    /// <summary>Submitted → confirmed ("Xác nhận"); the annex is locked.</summary>
    Confirm,

    /// <summary>Submitted → returned ("Trả lại"), with a comment and optional row comments.</summary>
    Return,

    /// <summary>Confirmed or returned → submitted ("Mở lại"), with a reason: unlocks a confirmed annex.</summary>
    Reopen,
}
