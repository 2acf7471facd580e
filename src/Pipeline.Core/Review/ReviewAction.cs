using System.Text.Json.Serialization;
using Pipeline.Core.Reporting;

namespace Pipeline.Core.Review;

/// <summary>What a history event records. Wire strings "upload", "confirm", "return", "reopen".</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<ReviewAction>))]
public enum ReviewAction
{
    /// <summary>The commune sent an annex (every upload, whatever became of it).</summary>
    Upload,

    /// <summary>The province confirmed the current annex.</summary>
    Confirm,

    /// <summary>The province returned the current annex.</summary>
    Return,

    /// <summary>The province reopened a confirmed or returned annex.</summary>
    Reopen,
}
