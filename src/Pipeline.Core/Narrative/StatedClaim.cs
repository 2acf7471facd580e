using Pipeline.Core.Values;

namespace Pipeline.Core.Narrative;

/// <summary>
/// One result the text states for a target, as written: "27,5/18 người/năm, đạt 152,7%" (result 27,5,
/// target 18, percent 152,7), "30%, kết quả đạt 25,4%" (target 30, result 25,4), "0/02" (result 0,
/// target 2), "kết quả đạt 29 tỷ đồng, đạt 152,7%" (result 29, percent 152,7), "đến nay đạt 27,5 triệu
/// (NQ: 18 triệu)" (result 27,5, target 18), "vượt 5,2% so với chỉ tiêu" (<see cref="Excess"/> 5,2). A statement may hold several ("trồng mới 2.381/1.500 cây, đạt 158,7%…; tỷ lệ độ che phủ
/// rừng 42/37%, đạt 113,5%"). Figures are read by <see cref="AnnexValueParser"/>, as cells are.
/// </summary>
/// <param name="Words">The words naming what the figures are of ("tỷ lệ độ che phủ rừng"), matched against the catalogue.</param>
/// <param name="Target">The target figure(s) stated, or null.</param>
/// <param name="Result">The result figure(s) stated, or null.</param>
/// <param name="Percent">The percent of the target stated ("đạt 152,7% so với Nghị quyết" → 152,7), or null.</param>
/// <param name="Quote">The words stating it, as written.</param>
public sealed record StatedClaim(string Words, AnnexValue? Target, AnnexValue? Result, decimal? Percent, string Quote)
{
    /// <summary>
    /// How far the text says the result went beyond its target ("vượt 5,2% so với chỉ tiêu" → 5,2), or null. Either
    /// 5,2 percent of the target or, for a target in percent, 5,2 points above it: the text does not say which.
    /// </summary>
    public decimal? Excess { get; init; }

    /// <summary>
    /// True when <see cref="Target"/> is the denominator of a pair nothing confirms as a target: no percent beside it is
    /// a ÷ b, and the words before it state no such figure ("Xã đạt 14/19 tiêu chí", "kết quả 11/19 tiêu chí"). It may
    /// count a whole, so it is never compared as a target.
    /// </summary>
    public bool TargetMayBeWhole { get; init; }
}
