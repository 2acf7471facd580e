using Microsoft.AspNetCore.Http;
using Pipeline.Storage.Access;

namespace Pipeline.Api;

/// <summary>Every error the API returns, as RFC 7807 problem details with a Vietnamese detail for the portal.</summary>
public static class Problems
{
    public static IResult Of(int status, string code, string detail) =>
        Results.Problem(statusCode: status, title: code, detail: detail, type: $"https://pipeline.local/problems/{code}");

    public static IResult Denied(AccessDecision decision) =>
        Of(decision.Status, decision.Status == 401 ? "unauthenticated" : "forbidden", decision.Reason ?? "");

    public static IResult NotFound(string what) => Of(404, "not-found", what);

    public static IResult BadRequest(string code, string detail) => Of(400, code, detail);
}
