using Pipeline.Core.Reading;
using Pipeline.Core.Units;
using Pipeline.Storage.Uploads;

namespace Pipeline.Storage.Tests;

public class OriginalBlobNameTests
{
    private const string Name = "son-la/pu-bau/2020-2025/20261129T014501123-3f9a1c2e.xlsx";

    [Fact]
    public void A_name_is_written_as_province_commune_term_and_upload_and_reads_back()
    {
        var name = new OriginalBlobName(new CommuneId("son-la", "pu-bau"), Term.Parse("2020-2025"), new UploadId("20261129T014501123-3f9a1c2e"), "xlsx");
        Assert.Equal(Name, name.ToString());
        Assert.True(OriginalBlobName.TryParse(name.ToString(), out var read));
        Assert.Equal(name, read);
    }

    [Theory]
    [InlineData("son-la/pu-bau/2020-2025/20261129T014501123-3f9a1c2e.xls")]
    [InlineData("son-la/pu-bau/2020-2025/20261129T014501123-3f9a1c2e.bin")]
    public void Every_extension_the_upload_step_writes_reads_back(string text)
    {
        Assert.True(OriginalBlobName.TryParse(text, out var read));
        Assert.Equal(text, read.ToString());
    }

    [Theory]
    [InlineData(FileKind.Zip, "xlsx")]
    [InlineData(FileKind.CompoundFile, "xls")]
    [InlineData(FileKind.RawBiff, "xls")]
    [InlineData(FileKind.WordDocument, "docx")]
    [InlineData(FileKind.Pdf, "pdf")]
    [InlineData(FileKind.Text, "bin")]
    [InlineData(FileKind.Empty, "bin")]
    public void The_extension_says_what_the_bytes_are(FileKind kind, string extension) =>
        Assert.Equal(extension, OriginalBlobName.ExtensionFor(kind));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("annexes/son-la/pu-bau/2020-2025/20261129T014501123-3f9a1c2e.xlsx")]
    [InlineData("pu-bau/2020-2025/20261129T014501123-3f9a1c2e.xlsx")]
    [InlineData("son-la/pu-bau/2025-2020/20261129T014501123-3f9a1c2e.xlsx")]
    [InlineData("son-la/Pu-Bau/2020-2025/20261129T014501123-3f9a1c2e.xlsx")]
    [InlineData("son-la/pu-bau/2020-2025/20261129T014501123-3f9a1c2e")]
    [InlineData("son-la/pu-bau/2020-2025/20261129T014501123-3f9a1c2e.doc")]
    [InlineData("son-la/pu-bau/2020-2025/20261129T014501123-3f9a1c2e.csv")]
    [InlineData("son-la/pu-bau/2020-2025/bien-ban.xlsx")]
    [InlineData("son-la/pu-bau/2020-2025/.xlsx")]
    [InlineData("son-la/pu-bau/2020-2025/20261129T014501123-3f9a1c2e.xlsx/")]
    public void Names_the_upload_step_never_writes_are_refused(string? text) =>
        Assert.False(OriginalBlobName.TryParse(text, out _));
}
