using System.Text.Json;
using Pipeline.Core.Catalogue;
using Pipeline.Core.Units;
using Pipeline.Storage.Access;
using Pipeline.Storage.Uploads;
using Pipeline.Testing;
using Pipeline.Workbooks;

namespace Pipeline.Storage.Tests;

/// <summary>
/// "Kiểm tra trước (không lưu)" promises what an upload will give: for every annex of the other
/// provinces' corpus, the check-only report and the scored upload read the same rows the same way —
/// including files whose titles name no term, where the term they are sent for decides which
/// columns come before it. On real Azurite, in a province of the test's own.
/// </summary>
[Collection("Azurite")]
public sealed class CheckMatchesUploadTests(AzuriteFixture azurite)
{
    private readonly string _province = $"tinh-{Guid.NewGuid():N}"[..20];

    private static string CorpusFolder => Path.Combine(RepositoryLayout.Root, "tests", "Pipeline.Core.Tests", "Scoring", "OtherProvinces");

    [Fact]
    public async Task The_check_and_the_upload_of_the_same_file_give_the_same_annexes()
    {
        var (province, errors) = ProvinceUnitsValidator.Validate(new ProvinceUnits(_province, "Tỉnh thử", [new("muong-moi", "Mường Mới")], []));
        Assert.Empty(errors);
        var storage = await OpenedPipeline.OpenAsync(azurite.ConnectionString, CommuneRegistry.Empty.With(province!), IndicatorCatalogue.Default);
        var commune = new CommuneId(_province, "muong-moi");
        var compared = 0;

        // Chiềng En's annex with no term in its titles and its results headed "Thực hiện năm 2025", sent for
        // 2025–2030: only the term it is sent for says that column is the starting point, not the result.
        var untitled = SeedAnnexes.ChiengEn with
        {
            Titles = SeedAnnexes.ChiengEn.Titles.Where(t => !t.Contains("2020", StringComparison.Ordinal)).ToArray(),
            Headers = AnnexHeaders.With((AnnexColumn.Actual, "Thực hiện năm 2025")),
            Layout = SeedAnnexes.ChiengEn.Layout with { SuperHeader = "Chỉ tiêu và kết quả" },
        };
        var files = Directory.GetFiles(CorpusFolder, "*.xlsx").Order(StringComparer.Ordinal)
            .Select(path => (Name: Path.GetFileName(path), Term: Path.GetFileNameWithoutExtension(path)[^9..], Bytes: File.ReadAllBytes(path))) // "…-2020-2025.xlsx"
            .Prepend(("chieng-en-khong-ghi-nhiem-ky.xlsx", "2025-2030", AnnexWorkbook.ToBytes(untitled)));

        foreach (var (name, term, bytes) in files)
        {
            var path = name;
            using var content = new MemoryStream(bytes);
            var checkedFile = Assert.IsType<SubmissionResult.Checked>(await storage.Submission.SubmitAsync(
                new SubmittedAnnex(Caller.CommuneOfficer("Cán bộ Mường Mới", commune), commune.ToString(), term, Path.GetFileName(path), content),
                SubmissionMode.Check, CancellationToken.None)).Report;

            var (upload, refusal) = await storage.UploadAsync(commune, term, bytes, Path.GetFileName(path));
            Assert.Null(refusal);
            await storage.Ingestion.ParseAsync(upload!.BlobName, CancellationToken.None);
            await ScoreQueueReader.ScoreAllAsync(storage);
            var record = (await storage.Queries.GetUploadAsync(upload.UploadId, CancellationToken.None))!;
            var crafted = name.StartsWith("chieng-en-khong", StringComparison.Ordinal);
            Assert.True(!crafted || record.Status == UploadStatus.Scored, $"{name}: {record.Status} {string.Join(" ", record.Warnings ?? [])}");
            if (record.Status != UploadStatus.Scored) continue; // held: its titles name another term; said by the check too
            Assert.Equal(record.NeedsConfirmation, checkedFile.WouldBeHeld);

            var stored = (await storage.Queries.GetTargetsAsync(commune, term, CancellationToken.None))!;
            Assert.Equal(upload.UploadId, stored.UploadId);
            Assert.Equal(Json(checkedFile.Annexes), Json(stored.Annexes));
            if (crafted)
                Assert.Equal(Core.Annexes.AnnexKind.TargetsOnly, Assert.Single(stored.Annexes).Kind); // read as the plan the term makes it
            compared++;
        }
        Assert.True(compared >= 20, $"only {compared} corpus files were compared");
    }

    private static string Json<T>(T value) => JsonSerializer.Serialize(value, StorageJson.Options);
}
