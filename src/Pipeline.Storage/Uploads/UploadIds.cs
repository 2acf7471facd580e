using System.Globalization;
using System.Security.Cryptography;

namespace Pipeline.Storage.Uploads;

/// <summary>
/// Upload ids sort by the time they were received ("20261129T014501123-3f9a1c2e"), so "newer"
/// is a string comparison and blob listings come out in arrival order.
/// </summary>
public static class UploadIds
{
    public static string New(DateTimeOffset receivedAt) =>
        receivedAt.UtcDateTime.ToString("yyyyMMdd'T'HHmmssfff", CultureInfo.InvariantCulture) + "-" +
        Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4));

    public static bool IsValid(string? id) =>
        id is { Length: 27 } && id[8] == 'T' && id[18] == '-' && id.All(c => char.IsAsciiDigit(c) || c is 'T' or '-' || char.IsAsciiHexDigitLower(c));
}
