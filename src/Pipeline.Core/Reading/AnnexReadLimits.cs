namespace Pipeline.Core.Reading;

/// <summary>
/// Bounds that keep one bad file from taking the host down. An annex has tens of rows and
/// weighs kilobytes; these limits are orders of magnitude above that.
/// </summary>
public sealed record AnnexReadLimits
{
    /// <summary>Largest file accepted, in bytes.</summary>
    public long MaxFileBytes { get; init; } = 10 * 1024 * 1024;

    /// <summary>Largest total uncompressed size an .xlsx package may declare (zip bombs).</summary>
    public long MaxUncompressedBytes { get; init; } = 64 * 1024 * 1024;

    /// <summary>Non-empty rows read from one sheet before giving up on it.</summary>
    public int MaxRowsPerSheet { get; init; } = 10_000;

    /// <summary>Columns looked at in each row; an annex has about seven.</summary>
    public int MaxColumns { get; init; } = 64;

    /// <summary>Sheets looked at in one workbook.</summary>
    public int MaxSheets { get; init; } = 64;

    public static AnnexReadLimits Default { get; } = new();
}
