using System.Globalization;

namespace Pipeline.Core.Reading;

/// <summary>
/// ISO 8601 dates and times of cells typed t="d" (what Strict writes, and some other programs)
/// as the date serial numbers transitional SpreadsheetML stores, so a date-formatted cell reads
/// as the same date either way.
/// </summary>
internal static class XlsxIsoDate
{
    private static readonly string[] DateFormats =
    [
        "yyyy-MM-dd", "yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-ddTHH:mm:ss.FFFFFFF",
    ];

    private static readonly string[] TimeFormats = [@"hh\:mm", @"hh\:mm\:ss", @"hh\:mm\:ss\.FFFFFFF"];

    /// <summary>
    /// The serial number of <paramref name="text"/> ("2024-03-15", "2024-03-15T08:30:00Z", "08:30:00"):
    /// days since 1899-12-30 with Excel's 1900 leap-year day before March 1900, or since 1904-01-01
    /// when <paramref name="date1904"/>; a time alone is a fraction of a day. False when it is not one.
    /// </summary>
    public static bool TryToSerial(string text, bool date1904, out double serial)
    {
        serial = 0;
        var trimmed = text.Trim().TrimEnd('Z', 'z');
        if (DateTime.TryParseExact(trimmed, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            serial = date.ToOADate();
            if (date1904) serial -= 1462;
            else if (serial < 61) serial -= 1; // Excel counts 29 February 1900, which never was
            return serial >= 0;
        }
        if (TimeSpan.TryParseExact(trimmed.TrimStart('T'), TimeFormats, CultureInfo.InvariantCulture, out var time) && time < TimeSpan.FromDays(1))
        {
            serial = time.TotalDays;
            return true;
        }
        return false;
    }
}
