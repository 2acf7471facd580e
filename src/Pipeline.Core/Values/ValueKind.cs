namespace Pipeline.Core.Values;

/// <summary>What a value cell holds, as the parser reads it (docs/reading-and-scoring.md, "Values").</summary>
public enum ValueKind
{
    /// <summary>Nothing, or a placeholder ("-", "x").</summary>
    Empty,

    /// <summary>One figure, or a composite of several ("100-60", "35 đảng viên và 100%").</summary>
    Figures,

    /// <summary>
    /// Two figures written as a span, low before high: "10-12%", "0,5 - 0,8 %/năm", "từ 30 đến 35".
    /// Against a single result it is scored as a range; against two results, as a composite.
    /// </summary>
    Range,

    /// <summary>
    /// Words without a figure ("Duy trì", "Hoàn thành tốt nhiệm vụ trở lên", "Đạt chuẩn NTM năm 2023"):
    /// years, dates and list numbers inside the words are not figures.
    /// </summary>
    Qualitative,

    /// <summary>Something that should have been a figure but cannot be read: a date Excel made of "12-5", garbage.</summary>
    Unreadable,
}
