using Pipeline.Core.Narrative;
using Pipeline.Core.Scoring;

namespace Pipeline.Core.Tests.Narrative;

/// <summary>Tallies written the ways commune reports write them, read and compared with a table's counts.</summary>
public class StatedTallyTests
{
    /// <summary>"exceeded/met/not met/met or exceeded/nearly met/met may include exceeded/total".</summary>
    private static string Counts(StatedTally? tally) => tally is null ? "none"
        : $"{tally.Exceeded}/{tally.Met}/{tally.NotMet}/{tally.MetOrExceeded}/{tally.NearlyMet}/{(tally.MetMayIncludeExceeded ? "+" : "")}/{tally.Total}";

    [Theory]
    [InlineData("kết quả 08 chỉ tiêu vượt, 12 chỉ tiêu đạt, 01 chỉ tiêu không đạt, cụ thể:", "8/12/1////21")]
    [InlineData("vượt 8 chỉ tiêu, đạt 12 chỉ tiêu, không đạt 01 chỉ tiêu", "8/12/1////21")]
    [InlineData("01 chỉ tiêu chưa đạt, 12 chỉ tiêu đạt, 08 chỉ tiêu vượt", "8/12/1////21")]
    [InlineData("có tám chỉ tiêu vượt, mười hai chỉ tiêu đạt và một chỉ tiêu chưa đạt", "8/12/1////21")]
    [InlineData("kết quả đạt và vượt 20/21 chỉ tiêu, 01 chỉ tiêu chưa đạt", "//1/20///21")]
    [InlineData("có 20/21 chỉ tiêu đạt và vượt, 01 chỉ tiêu chưa đạt", "//1/20///21")]
    [InlineData("13 chỉ tiêu đạt và vượt (trong đó 7 chỉ tiêu vượt), 01 chỉ tiêu không đạt", "7//1/13///14")]
    [InlineData("18 chỉ tiêu đạt (trong đó 7 chỉ tiêu vượt), 03 chỉ tiêu không đạt", "7//3/18///21")]
    [InlineData("hai mươi chỉ tiêu đạt, 01 chỉ tiêu không đạt", "/20/1///+/")]
    [InlineData("18 chỉ tiêu đạt và vượt, 02 chỉ tiêu cơ bản đạt, 01 chỉ tiêu chưa đạt", "//1/18/2//21")]
    [InlineData("05 chỉ tiêu vượt, 13 chỉ tiêu đạt", "5/13/////")]
    [InlineData("kết quả thực hiện các chỉ tiêu Nghị quyết cơ bản đạt và vượt", "none")]
    [InlineData("nhất trí thông qua 21 chỉ tiêu", "none")]
    public void Tallies_are_read_in_any_order_combined_or_in_words(string sentence, string expected) =>
        Assert.Equal(expected, Counts(StatedTally.Read(sentence)));

    [Theory]
    [InlineData("08 chỉ tiêu vượt, 12 chỉ tiêu đạt, 01 chỉ tiêu không đạt", true)]
    [InlineData("08 chỉ tiêu vượt, 13 chỉ tiêu đạt", false)]
    [InlineData("đạt và vượt 20/21 chỉ tiêu, 01 chỉ tiêu chưa đạt", true)]   // 20 = 8 + 12
    [InlineData("đạt và vượt 19/21 chỉ tiêu, 02 chỉ tiêu chưa đạt", false)]
    [InlineData("13 chỉ tiêu đạt và vượt (trong đó 7 chỉ tiêu vượt)", false)] // 13 is not 8 + 12
    [InlineData("20 chỉ tiêu đạt và vượt (trong đó 8 chỉ tiêu vượt)", true)]
    [InlineData("20 chỉ tiêu đạt, 01 chỉ tiêu không đạt", true)]             // "đạt" alone may count the exceeded
    [InlineData("12 chỉ tiêu đạt, 01 chỉ tiêu không đạt", true)]             // or not
    [InlineData("15 chỉ tiêu đạt, 01 chỉ tiêu không đạt", false)]
    [InlineData("08 chỉ tiêu vượt, 11 chỉ tiêu đạt, 01 chỉ tiêu cơ bản đạt", true)] // with "cơ bản đạt" only the exceeded are compared
    [InlineData("07 chỉ tiêu vượt, 12 chỉ tiêu đạt, 01 chỉ tiêu cơ bản đạt", false)]
    public void A_tally_agrees_with_the_tables_counts_on_what_it_states(string sentence, bool agrees) =>
        Assert.Equal(agrees, StatedTally.Read(sentence)!.AgreesWith(new StatusCounts(8, 12, 1, 0)));
}
