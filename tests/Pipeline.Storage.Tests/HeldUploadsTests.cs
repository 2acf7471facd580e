using Microsoft.Extensions.DependencyInjection;
using Pipeline.Core.Catalogue;
using Pipeline.Core.Units;
using Pipeline.Storage.Access;
using Pipeline.Storage.Uploads;
using Pipeline.Testing;
using Pipeline.Workbooks;

namespace Pipeline.Storage.Tests;

/// <summary>
/// An annex whose titles name another registered commune, or another term, than the one chosen is
/// held: scored for the clerk to see, never current until confirmed; cancelled, it is kept and the
/// current annex stays. On real Azurite, in a province of each test's own.
/// </summary>
[Collection("Azurite")]
public sealed class HeldUploadsTests(AzuriteFixture azurite)
{
    private readonly string _province = $"tinh-{Guid.NewGuid():N}"[..20];

    private CommuneId Commune(string slug) => new(_province, slug);

    private async Task<OpenedPipeline> OpenAsync()
    {
        var (province, errors) = ProvinceUnitsValidator.Validate(new ProvinceUnits(_province, "Tỉnh thử",
            [new("chieng-en", "Chiềng En"), new("pu-bau", "Pú Bẩu"), new("muong-moi", "Mường Mới")], []));
        Assert.Empty(errors);
        return await OpenedPipeline.OpenAsync(azurite.ConnectionString, CommuneRegistry.Empty.With(province!), IndicatorCatalogue.Default);
    }

    private static async Task<UploadRecord> SendAsync(OpenedPipeline storage, CommuneId commune, string term, SampleWorkbook workbook)
    {
        var (upload, refusal) = await storage.UploadAsync(commune, term, workbook.ToBytes(), Path.GetFileName(workbook.RelativePath));
        Assert.Null(refusal);
        await storage.Ingestion.ParseAsync(upload!.BlobName, CancellationToken.None);
        await ScoreQueueReader.ScoreAllAsync(storage);
        return (await storage.Queries.GetUploadAsync(upload.UploadId, CancellationToken.None))!;
    }

    private static HeldUploads Held(OpenedPipeline storage) => storage.Services.GetRequiredService<HeldUploads>();

    [Fact]
    public async Task Another_communes_annex_is_held_and_does_not_replace_the_current_one()
    {
        var storage = await OpenAsync();
        var own = await SendAsync(storage, Commune("chieng-en"), "2020-2025", SampleWorkbooks.ChiengEn);
        Assert.Equal(UploadStatus.Scored, own.Status);

        var wrong = await SendAsync(storage, Commune("chieng-en"), "2020-2025", SampleWorkbooks.PuBau); // its titles say Pú Bẩu
        Assert.Equal(UploadStatus.Held, wrong.Status);
        Assert.True(wrong.NeedsConfirmation);
        Assert.Contains(wrong.Warnings!, w => w.Contains("Pú Bẩu", StringComparison.Ordinal));
        Assert.Equal(own.UploadId, (await storage.Queries.GetSummaryAsync(Commune("chieng-en"), "2020-2025", CancellationToken.None))!.UploadId);
    }

    [Fact]
    public async Task A_confirmed_held_upload_becomes_current_and_says_who_confirmed_it()
    {
        var storage = await OpenAsync();
        var wrong = await SendAsync(storage, Commune("chieng-en"), "2020-2025", SampleWorkbooks.PuBau);
        Assert.Null(await storage.Queries.GetSummaryAsync(Commune("chieng-en"), "2020-2025", CancellationToken.None));

        var clerk = Caller.CommuneOfficer("Cán bộ Chiềng En", Commune("chieng-en"));
        var decided = Assert.IsType<SubmissionResult.Decided>(await Held(storage).ConfirmAsync(wrong.UploadId, clerk, CancellationToken.None));
        Assert.Equal((UploadStatus.Scored, "Cán bộ Chiềng En"), (decided.Upload.Status, decided.Upload.ConfirmedBy));
        Assert.NotNull(decided.Upload.ConfirmedAt);
        Assert.Equal(wrong.UploadId, (await storage.Queries.GetSummaryAsync(Commune("chieng-en"), "2020-2025", CancellationToken.None))!.UploadId);
        Assert.NotEmpty(decided.Upload.Warnings!); // the mismatch stays on the upload for good

        // Confirming again changes nothing; cancelling what is current is refused.
        Assert.IsType<SubmissionResult.Decided>(await Held(storage).ConfirmAsync(wrong.UploadId, clerk, CancellationToken.None));
        Assert.Equal(409, Assert.IsType<SubmissionResult.Refused>(await Held(storage).CancelAsync(wrong.UploadId, clerk, CancellationToken.None)).Status);
    }

    [Fact]
    public async Task A_cancelled_held_upload_is_kept_and_never_current()
    {
        var storage = await OpenAsync();
        var own = await SendAsync(storage, Commune("chieng-en"), "2020-2025", SampleWorkbooks.ChiengEn);
        var wrongTerm = await SendAsync(storage, Commune("chieng-en"), "2025-2030", SampleWorkbooks.ChiengEn); // its titles say 2020-2025
        Assert.Equal(UploadStatus.Held, wrongTerm.Status);

        var clerk = Caller.CommuneOfficer("Cán bộ Chiềng En", Commune("chieng-en"));
        var cancelled = Assert.IsType<SubmissionResult.Decided>(await Held(storage).CancelAsync(wrongTerm.UploadId, clerk, CancellationToken.None));
        Assert.Equal(UploadStatus.Cancelled, cancelled.Upload.Status);
        Assert.Null(await storage.Queries.GetSummaryAsync(Commune("chieng-en"), "2025-2030", CancellationToken.None));
        Assert.Equal(own.UploadId, (await storage.Queries.GetSummaryAsync(Commune("chieng-en"), "2020-2025", CancellationToken.None))!.UploadId);
        Assert.Equal(409, Assert.IsType<SubmissionResult.Refused>(await Held(storage).ConfirmAsync(wrongTerm.UploadId, clerk, CancellationToken.None)).Status);
    }

    [Fact]
    public async Task Only_an_officer_who_may_upload_for_the_commune_decides()
    {
        var storage = await OpenAsync();
        var wrong = await SendAsync(storage, Commune("chieng-en"), "2020-2025", SampleWorkbooks.PuBau);
        var otherClerk = Caller.CommuneOfficer("Cán bộ Pú Bẩu", Commune("pu-bau"));
        Assert.Equal(403, Assert.IsType<SubmissionResult.Refused>(await Held(storage).ConfirmAsync(wrong.UploadId, otherClerk, CancellationToken.None)).Status);
        Assert.Equal(401, Assert.IsType<SubmissionResult.Refused>(await Held(storage).ConfirmAsync(wrong.UploadId, null, CancellationToken.None)).Status);
        Assert.Equal(UploadStatus.Held, (await storage.Queries.GetUploadAsync(wrong.UploadId, CancellationToken.None))!.Status);
    }

    [Fact]
    public async Task Titles_naming_an_unregistered_commune_pass_as_before()
    {
        var storage = await OpenAsync();
        // The Bó Sinh annex names "Bó Sinh", a commune this province does not have: told, not held.
        var upload = await SendAsync(storage, Commune("muong-moi"), "2020-2025", SampleWorkbooks.BoSinh);
        Assert.Equal(UploadStatus.Scored, upload.Status);
        Assert.False(upload.NeedsConfirmation);
        Assert.NotEmpty(upload.Warnings!);
    }
}
