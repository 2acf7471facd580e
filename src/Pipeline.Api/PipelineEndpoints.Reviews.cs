using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Pipeline.Core.Review;
using Pipeline.Core.Units;
using Pipeline.Storage.Access;
using Pipeline.Storage.Review;

namespace Pipeline.Api;

// The province's review of its communes' annexes: decisions, the review state, the history, deadlines.
public sealed partial class PipelineEndpoints
{
    /// <summary>Largest body POST …/review reads: the longest comments of <see cref="AnnexReviews"/> take well under it.</summary>
    public const long MaxReviewBytes = 256 * 1024;

    /// <summary>Largest body PUT …/deadlines/{term} reads: <c>{"deadline": "2026-12-31", "period": "2026"}</c> is a few dozen bytes.</summary>
    public const long MaxDeadlineBytes = 4096;

    /// <summary>
    /// POST /api/communes/{province}/{commune}/review — <c>{term, decision: "confirm"|"return"|"reopen", comment, rows: [{ordinal, comment}]}</c>
    /// → 200 with the review (<see cref="ReviewDocument"/>); 400 malformed, 403 unless a province officer of the province, 409 when the
    /// decision does not fit the state or another officer decided first.
    /// </summary>
    public async Task<IResult> DecideReviewAsync(string province, string commune, HttpRequest request, Caller? caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        // Who may decide is known before the body is read.
        if (CommuneId.TryParse($"{province}/{commune}", out var id))
        {
            var access = AccessPolicy.CanReview(caller, id.Value, await units.CurrentAsync(cancellationToken).ConfigureAwait(false));
            if (!access.Allowed) return Problems.Denied(access);
        }
        if (!LimitedBody.IsJson(request)) return Problems.NotJson();
        var (body, overSize) = await LimitedBody.ReadAsync(request, MaxReviewBytes, cancellationToken).ConfigureAwait(false);
        if (body is null) return Problems.DocumentTooLarge("Quyết định duyệt biểu", overSize, MaxReviewBytes);
        ReviewBody? sent;
        try
        {
            sent = body.ToObjectFromJson<ReviewBody>(ApiJson.Options);
        }
        catch (JsonException)
        {
            sent = null;
        }
        if (sent is null)
            return Problems.BadRequest("invalid-json", "Nội dung gửi lên phải là JSON {\"term\": \"2020-2025\", \"decision\": \"confirm\" | \"return\" | \"reopen\", \"comment\": \"…\", \"rows\": [{\"ordinal\": \"23\", \"comment\": \"…\"}]}.");
        var result = await reviews.DecideAsync(new ReviewRequest(province, commune, sent.Term, sent.Decision, sent.Comment, sent.Rows) { UploadId = sent.UploadId }, caller, cancellationToken)
            .ConfigureAwait(false);
        return ReviewAnswers.For(result);
    }

    /// <summary>GET /api/communes/{province}/{commune}/review?term= — the commune's review for the term (<see cref="ReviewDocument"/>).</summary>
    public Task<IResult> GetReviewAsync(string province, string commune, string? term, Caller? caller, CancellationToken cancellationToken) =>
        ForCommuneAsync(province, commune, caller, async (id, _) =>
        {
            if (!Term.IsValid(term)) return InvalidTerm();
            var (line, uploadId) = await reviews.GetAsync(id, term!, cancellationToken).ConfigureAwait(false);
            return Results.Json(ReviewDocument.From(id.ToString(), term!, uploadId, line), ApiJson.Options);
        }, cancellationToken);

    /// <summary>GET /api/communes/{province}/{commune}/history?term= — every upload and decision, newest first: <c>[{at, by, action, uploadId, comment, rows}]</c>.</summary>
    public Task<IResult> GetHistoryAsync(string province, string commune, string? term, Caller? caller, CancellationToken cancellationToken) =>
        ForCommuneAsync(province, commune, caller, async (id, _) =>
        {
            if (!Term.IsValid(term)) return InvalidTerm();
            return Results.Json(await reviews.HistoryAsync(id, term!, cancellationToken).ConfigureAwait(false), ApiJson.Options);
        }, cancellationToken);

    /// <summary>GET /api/provinces/{province}/deadlines — <c>[{term, period, deadline, setBy, setAt}]</c>, <c>period</c> "term" for the whole term's.</summary>
    public async Task<IResult> GetDeadlinesAsync(string province, Caller? caller, CancellationToken cancellationToken)
    {
        var decision = AccessPolicy.CanReadProvince(caller, province);
        if (!decision.Allowed) return Problems.Denied(decision);
        return Results.Json(await deadlines.DeadlinesAsync(province, cancellationToken).ConfigureAwait(false), ApiJson.Options);
    }

    /// <summary>
    /// PUT /api/provinces/{province}/deadlines/{term} — <c>{deadline: "2026-12-31", period: "2026"}</c>, the last day an annex of the
    /// period counts as on time; without <c>period</c> (or "term") the whole term's. 400 for a period not of the term or a day outside its window.
    /// </summary>
    public async Task<IResult> PutDeadlineAsync(string province, string term, HttpRequest request, Caller? caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var decision = AccessPolicy.CanSetDeadlines(caller, province);
        if (!decision.Allowed) return Problems.Denied(decision);
        if (!LimitedBody.IsJson(request)) return Problems.NotJson();
        var (body, overSize) = await LimitedBody.ReadAsync(request, MaxDeadlineBytes, cancellationToken).ConfigureAwait(false);
        if (body is null) return Problems.DocumentTooLarge("Hạn nộp", overSize, MaxDeadlineBytes);
        DeadlineBody? sent;
        try
        {
            sent = body.ToObjectFromJson<DeadlineBody>(ApiJson.Options);
        }
        catch (JsonException)
        {
            sent = null;
        }
        return ReviewAnswers.For(await deadlines.SetDeadlineAsync(province, term, sent?.Deadline, sent?.Period, caller, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>
    /// A <c>confirmedOnly</c> query value: absent, "false" or "0" → false; "true" or "1" → true; anything
    /// else → null, answered 400 (a typo must not silently show every commune's totals as confirmed ones).
    /// </summary>
    private static bool? ConfirmedOnly(string? value) => value switch
    {
        null or "" => false,
        _ when value.Equals("true", StringComparison.OrdinalIgnoreCase) || value == "1" => true,
        _ when value.Equals("false", StringComparison.OrdinalIgnoreCase) || value == "0" => false,
        _ => null,
    };

    private static IResult InvalidConfirmedOnly() =>
        Problems.BadRequest("invalid-confirmed-only", "Tham số confirmedOnly chỉ nhận true hoặc false.");

    private sealed record ReviewBody(string? Term, string? Decision, string? Comment, IReadOnlyList<RowComment>? Rows, string? UploadId);

    private sealed record DeadlineBody(string? Deadline, string? Period);
}
