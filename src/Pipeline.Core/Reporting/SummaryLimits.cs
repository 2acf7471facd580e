namespace Pipeline.Core.Reporting;

/// <summary>
/// How much of a long list a stored summary keeps. A summary is one table entity, and an entity holds at most
/// 1 MiB (strings counted in UTF-16, so about 500,000 characters): an annex of thousands of flagged rows, or a
/// province of 150 communes each listing its errors, would not fit, and the score step would fail on every
/// retry. So summaries list the first findings and say in numbers how many there are (<see cref="FindingTally"/>);
/// every finding stays on its target row (GET …/targets), which has no such limit.
/// </summary>
public static class SummaryLimits
{
    /// <summary>
    /// Findings a commune summary lists, errors first, then warnings, then notes (about 300 characters each as JSON:
    /// 250 of them ≈ 75,000 characters, well inside an entity).
    /// </summary>
    public const int FindingsListed = 250;

    /// <summary>
    /// Error findings a commune's line of the province summary lists (its count is always whole): 5 × ~300 characters
    /// × 170 communes (the largest province after the 2025 mergers has about 170) ≈ 255,000 characters beside the lines' ~120,000.
    /// </summary>
    public const int ErrorsPerProvinceLine = 5;

    /// <summary>Warnings an upload's record lists (all in one 64 KiB string column); the rest are said as a count.</summary>
    public const int UploadWarningsListed = 20;
}
