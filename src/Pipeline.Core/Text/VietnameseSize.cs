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

    /// <summary>A limit with its unit: KB under 1 MB ("4 KB", "256 KB"), else MB ("1 MB") — never "tối đa 0 MB".</summary>
    public static string LimitWithUnit(long bytes) =>
        bytes < BytesPerMegabyte ? $"{(bytes / 1024d).ToString("0.##", Vietnamese)} KB" : $"{Limit(bytes)} MB";

    /// <summary>A size refused for being over <paramref name="limit"/>, in the limit's unit, one decimal rounded up ("100,1 KB", "6,0 MB").</summary>
    public static string OverWithUnit(long bytes, long limit) =>
        limit < BytesPerMegabyte ? $"{(Math.Ceiling(bytes / 1024d * 10) / 10).ToString("0.0", Vietnamese)} KB" : $"{Megabytes(bytes, limit)} MB";

    /// <summary>A count with Vietnamese thousands separators ("2.001").</summary>
    public static string Count(long count) => count.ToString("N0", Vietnamese);
}
