using System.Globalization;
using System.Security.Cryptography;

namespace Pipeline.Core.Units;

/// <summary>
/// The shape shared by upload and consolidation run ids, "20261129T014501123-3f9a1c2e": the
/// UTC time to the millisecond, "-", eight random lower-case hex digits. Ids sort by the time
/// they were made, so "newer" is a string comparison and listings come out in order.
/// </summary>
internal static class TimeOrderedId
{
    /// <summary>A new id for <paramref name="at"/>.</summary>
    public static string New(DateTimeOffset at) =>
        at.UtcDateTime.ToString("yyyyMMdd'T'HHmmssfff", CultureInfo.InvariantCulture) + "-" +
        Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4));

    /// <summary>Whether <paramref name="text"/> has the shape (27 characters, "T" at 8, "-" at 18, digits and lower-case hex elsewhere).</summary>
    public static bool IsValid(string? text) =>
        text is { Length: 27 } && text[8] == 'T' && text[18] == '-' &&
        text.All(c => char.IsAsciiDigit(c) || c is 'T' or '-' || char.IsAsciiHexDigitLower(c));
}
