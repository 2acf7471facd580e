using Pipeline.Core.Units;

namespace Pipeline.Core.Tests.Units;

public class TermTests
{
    [Theory]
    [InlineData("2020-2025", 2020, 2025)]
    [InlineData("2025-2030", 2025, 2030)]
    [InlineData("1999-2000", 1999, 2000)]
    [InlineData("2020-2030", 2020, 2030)]
    public void A_term_is_two_years_the_second_after_the_first(string text, int start, int end)
    {
        Assert.True(Term.TryParse(text, out var term));
        Assert.Equal((start, end), (term.StartYear, term.EndYear));
        Assert.Equal(text, term.ToString());
        Assert.Equal(term, Term.Parse(term.ToString()));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("2020")]
    [InlineData("2025-2020")]
    [InlineData("2020-2020")]
    [InlineData("2020-2031")]
    [InlineData("1820-1825")]
    [InlineData("2020–2025")]
    [InlineData(" 2020-2025")]
    [InlineData("2020-2025 ")]
    [InlineData("2020/2025")]
    [InlineData("20-25")]
    public void Anything_else_is_refused(string? text)
    {
        Assert.False(Term.TryParse(text, out _));
        Assert.False(Term.IsValid(text));
        if (text is not null) Assert.Throws<FormatException>(() => Term.Parse(text));
    }

    [Fact]
    public void Five_year_terms_end_and_start_in_a_year()
    {
        Assert.Equal("2020-2025", Term.Ending(2025).ToString());
        Assert.Equal("2025-2030", Term.Starting(2025).ToString());
        Assert.Equal(Term.Parse("2025-2030"), Term.Starting(2025));
    }
}
