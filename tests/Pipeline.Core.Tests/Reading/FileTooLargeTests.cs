using Pipeline.Core.Reading;

namespace Pipeline.Core.Tests.Reading;

/// <summary>The "file too large" sentence states the real size, never one that reads as the limit itself.</summary>
public class FileTooLargeTests
{
    private const long Megabyte = 1024 * 1024;

    [Theory]
    [InlineData(6 * Megabyte, "(6,0 MB, tối đa 5 MB)")]
    [InlineData(6 * Megabyte + 500, "(6,0 MB, tối đa 5 MB)")]
    [InlineData(5 * Megabyte + 1, "(5,1 MB, tối đa 5 MB)")]
    [InlineData(30 * Megabyte, "(30,0 MB, tối đa 5 MB)")]
    public void The_size_is_rounded_to_a_tenth_of_a_megabyte_and_never_reads_as_the_limit(long bytes, string expected) =>
        Assert.Contains(expected, Refusals.FileTooLarge(bytes, 5 * Megabyte).Message, StringComparison.Ordinal);

    [Fact]
    public void A_size_not_known_reads_as_more_than_the_limit() =>
        Assert.Contains("(hơn 5 MB, tối đa 5 MB)", Refusals.FileTooLarge(null, 5 * Megabyte).Message, StringComparison.Ordinal);
}
