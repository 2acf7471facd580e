namespace Pipeline.Core.Reading;

/// <summary>
/// Bytes of one package so far, against the limit on the whole: inflated from the upload (sizes
/// in the zip directory are only what the file declares, so the inflated bytes are counted as
/// well), or written into the normalised package.
/// </summary>
internal sealed class XlsxInflation(long maxBytes)
{
    public long Bytes { get; private set; }

    public bool Exceeded => Bytes > maxBytes;

    /// <summary>Counts <paramref name="bytes"/> more; false once the total passes the limit.</summary>
    public bool Add(int bytes)
    {
        Bytes += bytes;
        return !Exceeded;
    }
}
