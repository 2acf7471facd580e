using System.Text;
using Pipeline.Core.Annexes;
using Pipeline.Core.Reading;

namespace Pipeline.Core.Tests.Reading;

public class VerdictReaderTests
{
    [Theory]
    [InlineData("Vượt", TargetStatus.Exceeded)]
    [InlineData("VƯỢT", TargetStatus.Exceeded)]
    [InlineData("Đạt và vượt", TargetStatus.Exceeded)]
    [InlineData("Hoàn thành và vượt", TargetStatus.Exceeded)]
    [InlineData("Đạt", TargetStatus.Met)]
    [InlineData("Đạt ", TargetStatus.Met)]
    [InlineData("Không đạt", TargetStatus.NotMet)]
    [InlineData("Không\nđạt", TargetStatus.NotMet)]
    [InlineData("Chưa đạt", TargetStatus.NotMet)]
    [InlineData("Hoàn thành", TargetStatus.Met)]
    public void Reads_the_communes_verdict(string text, TargetStatus expected)
    {
        Assert.Equal(expected, VerdictReader.Read(text));
        Assert.Equal(expected, VerdictReader.Read(text.Normalize(NormalizationForm.FormD)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("Số liệu ước tính")]
    public void Other_notes_are_no_verdict(string text) => Assert.Null(VerdictReader.Read(text));
}
