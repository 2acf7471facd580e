using System.Text.Json.Serialization;
using Pipeline.Core.Reporting;

namespace Pipeline.Core.Review;

/// <summary>
/// Where a commune's annex for a term stands with its province. Wire strings "notSubmitted",
/// "submitted", "returned", "confirmed".
/// </summary>
[JsonConverter(typeof(CamelCaseEnumConverter<ReviewState>))]
public enum ReviewState
{
    /// <summary>No scored annex is current for the term yet ("Chưa nộp").</summary>
    NotSubmitted,

    /// <summary>A scored annex is current and waits for the province ("Chờ duyệt").</summary>
    Submitted,

    /// <summary>The province sent it back with a comment ("Đã trả lại"); the commune's next scored upload makes it <see cref="Submitted"/> again.</summary>
    Returned,

    /// <summary>The province confirmed it ("Đã xác nhận"): locked, no upload replaces it until the province reopens it.</summary>
    Confirmed,
}
