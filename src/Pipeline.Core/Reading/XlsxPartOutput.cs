namespace Pipeline.Core.Reading;

/// <summary>
/// The bytes of one part of the normalised package on their way into its zip entry, counted
/// against the limit on the whole package. Past the limit the bytes are dropped (no exception
/// in the middle of an XML writer); the normaliser then refuses the file.
/// </summary>
internal sealed class XlsxPartOutput(Stream inner, XlsxInflation written) : Stream
{
    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        if (written.Exceeded || !written.Add(buffer.Length)) return;
        inner.Write(buffer);
    }

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
    public override void Flush() => inner.Flush();
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing) inner.Dispose();
        base.Dispose(disposing);
    }
}
