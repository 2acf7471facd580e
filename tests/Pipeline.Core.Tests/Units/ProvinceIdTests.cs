using Pipeline.Core.Units;

namespace Pipeline.Core.Tests.Units;

public class ProvinceIdTests
{
    [Theory]
    [InlineData("son-la")]
    [InlineData("ha-noi")]
    [InlineData("hue")]
    [InlineData("tinh-2")]
    public void A_province_id_is_a_slug(string text)
    {
        Assert.True(ProvinceId.TryParse(text, out var id));
        Assert.Equal(text, id.Value);
        Assert.Equal(text, id.ToString());
        Assert.True(ProvinceId.TryParse(id.ToString(), out var again));
        Assert.Equal(id, again);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Son-La")]
    [InlineData("sơn-la")]
    [InlineData("son_la")]
    [InlineData("son la")]
    [InlineData("-son-la")]
    [InlineData("son-la-")]
    [InlineData("son--la")]
    [InlineData("son-la/pu-bau")]
    [InlineData("son-la|2020-2025")]
    public void Anything_else_is_refused(string? text)
    {
        Assert.False(ProvinceId.TryParse(text, out _));
        Assert.False(ProvinceId.IsValid(text));
    }

    [Fact]
    public void A_slug_is_at_most_64_characters()
    {
        Assert.True(ProvinceId.IsValid(new string('a', 64)));
        Assert.False(ProvinceId.IsValid(new string('a', 65)));
    }
}
