namespace Pipeline.Core.Reading;

/// <summary>
/// The inflated bytes of one package part on their way to an <see cref="System.Xml.XmlReader"/>,
/// cut off (end of stream, with the reason set) once the package has inflated more than it may
/// in all, or once a run without '&lt;' grows longer than any tag or cell text of a real file.
/// The XML reader then fails on the cut, and the caller reports the reason instead.
/// </summary>
internal sealed class XlsxPartStream(Stream inner, XlsxInflation inflation, int maxBytesBetweenTags) : Stream
{
    private long _sinceTag;

    /// <summary>True when the part was cut off because a run between tags was too long.</summary>
    public bool RunTooLong { get; private set; }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (RunTooLong || inflation.Exceeded) return 0;
        var read = inner.Read(buffer);
        if (!inflation.Add(read)) return 0;

        var chunk = buffer[..read];
        var first = chunk.IndexOf((byte)'<');
        // The run open at the chunk's start goes on to its first '<' (or through it); runs
        // between two '<' inside one chunk are no longer than the chunk.
        var open = _sinceTag + (first < 0 ? read : first);
        _sinceTag = first < 0 ? open : read - chunk.LastIndexOf((byte)'<') - 1;
        if (open > maxBytesBetweenTags)
        {
            RunTooLong = true;
            return 0;
        }
        return read;
    }

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing) inner.Dispose();
        base.Dispose(disposing);
    }
}
