using System.Globalization;

namespace Pipeline.Core.Text;

/// <summary>Sizes and counts written for a Vietnamese reader: "6,0 MB", "2.001".</summary>
public static class VietnameseSize
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    private const double BytesPerMegabyte = 1024d * 1024d;

    /// <summary>
    /// A size refused for being over <paramref name="limit"/>, in MB with one decimal ("6,0"):
    /// rounded to the nearest tenth, or up when that would not read as more than the limit, so
    /// a file just over 5 MB reads "5,1 MB", never "5 MB, tối đa 5 MB".
    /// </summary>
    public static string Megabytes(long bytes, long limit)
    {
        var nearest = Math.Round(bytes / BytesPerMegabyte, 1, MidpointRounding.AwayFromZero);
        var shown = nearest > limit / BytesPerMegabyte ? nearest : Math.Ceiling(bytes / BytesPerMegabyte * 10) / 10;
        return shown.ToString("0.0", Vietnamese);
    }

    /// <summary>A limit in MB, as short as it is exact ("5", "1", "0,5").</summary>
    public static string Limit(long bytes) => (bytes / BytesPerMegabyte).ToString("0.##", Vietnamese);

    /// <summary>A count with Vietnamese thousands separators ("2.001").</summary>
    public static string Count(long count) => count.ToString("N0", Vietnamese);
}
