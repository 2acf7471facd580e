using System.Globalization;

namespace Pipeline.Core.Text;

/// <summary>Sizes and counts written for a Vietnamese reader: "6,0 MB", "2.001".</summary>
public static class VietnameseSize
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    private const double BytesPerMegabyte = 1024d * 1024d;

    /// <summary>
    /// A size that was refused, in MB with one decimal rounded up ("6,0", "5,1"): a file just
    /// over a 5 MB limit never reads as "5 MB, tối đa 5 MB".
    /// </summary>
    public static string Megabytes(long bytes) =>
        (Math.Ceiling(bytes / BytesPerMegabyte * 10) / 10).ToString("0.0", Vietnamese);

    /// <summary>A limit in MB, as short as it is exact ("5", "1", "0,5").</summary>
    public static string Limit(long bytes) => (bytes / BytesPerMegabyte).ToString("0.##", Vietnamese);

    /// <summary>A count with Vietnamese thousands separators ("2.001").</summary>
    public static string Count(long count) => count.ToString("N0", Vietnamese);
}
