using System.Text;
using Microsoft.AspNetCore.Http;
using Pipeline.Storage.Access;

namespace Pipeline.Functions.Tests;

/// <summary>
/// The review functions called as the Functions host calls them, with App Service authentication's
/// principal: the same access rules as the local host, route by route, in a province of the test's own.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class ReviewFunctionsTests(FunctionsFixture fixture)
{
    private const string Term = "2020-2025";
    private readonly string _province = $"tinh-{Guid.NewGuid():N}"[..20];

    private async Task RegisterProvinceAsync()
    {
        var storage = await fixture.StorageAsync();
        var (province, errors) = await storage.Units.ReplaceAsync(_province,
            new Pipeline.Core.Units.ProvinceUnits(_province, "Tỉnh thử", [new("chieng-en", "Chiềng En"), new("pu-bau", "Pú Bẩu")], []), CancellationToken.None);
        Assert.Empty(errors);
        Assert.NotNull(province);
    }

    private string Principal(string caller) => caller switch
    {
        "clerk" => ClientPrincipal.Write("Lò Văn Xã", $"commune:{_province}/chieng-en"),
        "otherClerk" => ClientPrincipal.Write("Cán bộ Pú Bẩu", $"commune:{_province}/pu-bau"),
        "officer" => ClientPrincipal.Write("Cầm Thị Bình", $"province:{_province}"),
        "otherProvince" => ClientPrincipal.Write("Cán bộ Sơn La", "province:son-la"),
        _ => throw new ArgumentOutOfRangeException(nameof(caller)),
    };

    private static HttpContext WithJson(HttpContext context, string json)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        context.Request.ContentType = "application/json";
        context.Request.ContentLength = bytes.Length;
        context.Request.Body = new MemoryStream(bytes);
        return context;
    }

    [Theory]
    [InlineData("decide", "clerk", 403)]
    [InlineData("decide", "otherProvince", 403)]
    [InlineData("decide", "officer", 409)] // allowed; nothing scored to confirm
    [InlineData("review", "clerk", 200)]
    [InlineData("review", "otherClerk", 403)]
    [InlineData("review", "otherProvince", 403)]
    [InlineData("history", "clerk", 200)]
    [InlineData("history", "officer", 200)]
    [InlineData("history", "otherClerk", 403)]
    [InlineData("history", "otherProvince", 403)]
    [InlineData("setDeadline", "officer", 200)]
    [InlineData("setDeadline", "clerk", 403)]
    [InlineData("setDeadline", "otherProvince", 403)]
    [InlineData("deadlines", "officer", 200)]
    [InlineData("deadlines", "clerk", 403)]
    public async Task Only_a_province_officer_of_that_province_decides_and_sets_deadlines(string route, string caller, int status)
    {
        await RegisterProvinceAsync();
        var functions = fixture.Create<ReviewFunctions>();
        var (context, body) = FunctionHttp.NewContext(route is "decide" ? HttpMethods.Post : route is "setDeadline" ? HttpMethods.Put : HttpMethods.Get,
            Principal(caller), route is "review" or "history" ? $"?term={Term}" : "");
        var result = route switch
        {
            "decide" => await functions.DecideReviewAsync(WithJson(context, $"{{\"term\":\"{Term}\",\"decision\":\"confirm\"}}").Request, _province, "chieng-en", CancellationToken.None),
            "review" => await functions.CommuneReviewAsync(context.Request, _province, "chieng-en", CancellationToken.None),
            "history" => await functions.CommuneHistoryAsync(context.Request, _province, "chieng-en", CancellationToken.None),
            "setDeadline" => await functions.SetProvinceDeadlineAsync(WithJson(context, "{\"deadline\":\"2026-12-31\"}").Request, _province, Term, CancellationToken.None),
            _ => await functions.ProvinceDeadlinesAsync(context.Request, _province, CancellationToken.None),
        };
        var (answered, json) = await FunctionHttp.ExecuteAsync(context, body, result);
        Assert.Equal(status, answered);
        if (status >= 400) Assert.False(string.IsNullOrEmpty(json.GetProperty("detail").GetString()));
    }
}
