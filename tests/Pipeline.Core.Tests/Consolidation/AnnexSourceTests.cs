using Pipeline.Core.Consolidation;
using Pipeline.Core.Units;

namespace Pipeline.Core.Tests.Consolidation;

public class AnnexSourceTests
{
    [Fact]
    public void An_upload_is_shown_by_its_id()
    {
        var source = AnnexSource.FromUpload(new UploadId("20261129T014501123-3f9a1c2e"));
        Assert.Equal("20261129T014501123-3f9a1c2e", source.Label);
        Assert.Equal(new UploadId("20261129T014501123-3f9a1c2e"), source.Upload);
        Assert.Empty(source.Files);
    }

    [Fact]
    public void Files_are_shown_by_their_names_once_each()
    {
        var source = AnnexSource.FromFiles([Path.Combine("a", "bo-sinh.xlsx"), Path.Combine("b", "pu-bau.xls"), Path.Combine("c", "bo-sinh.xlsx")]);
        Assert.Equal("bo-sinh.xlsx, pu-bau.xls", source.Label);
        Assert.Null(source.Upload);
        Assert.True(source.IsFile(Path.Combine("elsewhere", "pu-bau.xls")));
        Assert.False(source.IsFile("chieng-en.xlsx"));
    }

    [Fact]
    public void Files_need_at_least_one_path() =>
        Assert.Throws<ArgumentException>(() => AnnexSource.FromFiles([]));
}
