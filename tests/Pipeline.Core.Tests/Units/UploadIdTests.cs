using Pipeline.Core.Units;

namespace Pipeline.Core.Tests.Units;

public class UploadIdTests
{
    private static readonly DateTimeOffset ReceivedAt = new(2026, 11, 29, 1, 45, 1, 123, TimeSpan.Zero);

    [Fact]
    public void A_new_id_starts_with_the_time_received_and_reads_back()
    {
        var id = UploadId.New(ReceivedAt.ToOffset(TimeSpan.FromHours(7)), 0);
        Assert.StartsWith("20261129T014501123-", id.Value, StringComparison.Ordinal);
        Assert.True(UploadId.TryParse(id.ToString(), out var again));
        Assert.Equal(id, again);
    }

    [Fact]
    public void Ids_sort_by_the_time_received()
    {
        var earlier = UploadId.New(ReceivedAt, UploadId.MaxSequence);
        var later = UploadId.New(ReceivedAt.AddMilliseconds(1), 0);
        Assert.True(string.CompareOrdinal(earlier.Value, later.Value) < 0);
    }

    [Fact]
    public void Ids_of_one_millisecond_sort_by_their_arrival_and_so_do_their_reports_parts()
    {
        var commune = new CommuneId("son-la", "chieng-en");
        var ids = Enumerable.Range(0, 40).Select(sequence => UploadId.New(ReceivedAt, sequence)).ToArray();
        Assert.All(ids, id => Assert.StartsWith("20261129T014501123-", id.Value, StringComparison.Ordinal));
        Assert.Equal(ids.Select(i => i.Value), ids.Select(i => i.Value).Order(StringComparer.Ordinal));
        var parts = ids.Select(id => UploadId.PartOf(id, commune, "2020-2025").Value).ToArray();
        Assert.Equal(parts, parts.Order(StringComparer.Ordinal));
        Assert.All(parts, part => Assert.True(UploadId.IsValid(part)));
        // The same report, commune and term give the same part every time; another commune of one report another.
        Assert.Equal(parts[0], UploadId.PartOf(ids[0], commune, "2020-2025").Value);
        Assert.NotEqual(parts[0], UploadId.PartOf(ids[0], new CommuneId("son-la", "pu-bau"), "2020-2025").Value);
        Assert.Throws<ArgumentOutOfRangeException>(() => UploadId.New(ReceivedAt, UploadId.MaxSequence + 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => UploadId.New(ReceivedAt, -1));
    }

    [Theory]
    [InlineData("20261129T014501123-3f9a1c2e")]
    [InlineData("19991231T235959999-00000000")]
    public void Ids_of_the_shape_are_read(string text)
    {
        Assert.True(UploadId.TryParse(text, out var id));
        Assert.Equal(text, id.Value);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("u-ce")]
    [InlineData("20261129T014501123-3F9A1C2E")]
    [InlineData("20261129T014501123-3f9a1c2")]
    [InlineData("20261129T014501123-3f9a1c2ef")]
    [InlineData("20261129t014501123-3f9a1c2e")]
    [InlineData("20261129T014501123_3f9a1c2e")]
    [InlineData("20261129T014501123-3f9a1c2g")]
    [InlineData("../../1129T014501123-3f9a1c2e")]
    public void Anything_else_is_refused(string? text)
    {
        Assert.False(UploadId.TryParse(text, out _));
        Assert.False(UploadId.IsValid(text));
    }
}
