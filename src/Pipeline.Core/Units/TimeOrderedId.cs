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
    /// <summary>The largest arrival sequence <see cref="New(DateTimeOffset, int)"/> writes: four hex digits.</summary>
    public const int MaxSequence = 0xFFFF;

    /// <summary>A new id for <paramref name="at"/>.</summary>
    public static string New(DateTimeOffset at) =>
        at.UtcDateTime.ToString("yyyyMMdd'T'HHmmssfff", CultureInfo.InvariantCulture) + "-" +
        Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4));

    /// <summary>
    /// A new id for <paramref name="at"/> whose first four hex digits are <paramref name="sequence"/> (0 to <see cref="MaxSequence"/>), the
    /// last four random: ids made in one millisecond with rising sequences sort in that order.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="sequence"/> is outside 0 … <see cref="MaxSequence"/>.</exception>
    public static string New(DateTimeOffset at, int sequence)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(sequence);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(sequence, MaxSequence);
        return at.UtcDateTime.ToString("yyyyMMdd'T'HHmmssfff", CultureInfo.InvariantCulture) + "-" +
            sequence.ToString("x4", CultureInfo.InvariantCulture) + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(2));
    }

    /// <summary>Whether <paramref name="text"/> has the shape (27 characters, "T" at 8, "-" at 18, digits and lower-case hex elsewhere).</summary>
    public static bool IsValid(string? text) =>
        text is { Length: 27 } && text[8] == 'T' && text[18] == '-' &&
        text.All(c => char.IsAsciiDigit(c) || c is 'T' or '-' || char.IsAsciiHexDigitLower(c));
}
