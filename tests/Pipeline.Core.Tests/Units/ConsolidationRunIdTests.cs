using Pipeline.Core.Units;

namespace Pipeline.Core.Tests.Units;

public class ConsolidationRunIdTests
{
    [Fact]
    public void A_new_id_starts_with_the_time_started_and_reads_back()
    {
        var id = ConsolidationRunId.New(new DateTimeOffset(2026, 11, 29, 2, 0, 0, 5, TimeSpan.Zero));
        Assert.StartsWith("20261129T020000005-", id.Value, StringComparison.Ordinal);
        Assert.True(ConsolidationRunId.TryParse(id.ToString(), out var again));
        Assert.Equal(id, again);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("run-1")]
    [InlineData("20261129T020000005-ABCDEF01")]
    [InlineData("20261129T020000005-abcdef0")]
    [InlineData("20261129 020000005-abcdef01")]
    public void Anything_else_is_refused(string? text)
    {
        Assert.False(ConsolidationRunId.TryParse(text, out _));
        Assert.False(ConsolidationRunId.IsValid(text));
    }
}
