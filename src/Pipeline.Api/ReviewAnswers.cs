using Microsoft.AspNetCore.Http;
using Pipeline.Storage.Review;

namespace Pipeline.Api;

/// <summary>
/// The one place a <see cref="ReviewResult"/> becomes HTTP: a decision in effect → 200 with the
/// review (<see cref="ReviewDocument"/>); a deadline set → 200 <c>{province, term, deadline, setBy, setAt}</c>;
/// refused → problem details with the refusal's status (400, 401, 403, 404, 409), code and Vietnamese message.
/// </summary>
public static class ReviewAnswers
{
    /// <summary>The answer to <paramref name="result"/>.</summary>
    public static IResult For(ReviewResult result) => result switch
    {
        ReviewResult.Decided decided =>
            Results.Json(ReviewDocument.From(decided.Review.Commune, decided.Review.Term, decided.Review.UploadId, decided.Line), ApiJson.Options),
        ReviewResult.DeadlineSet set => Results.Json(new
        {
            province = set.Province, term = set.Deadline.Term, period = set.Deadline.Period, deadline = set.Deadline.Deadline, setBy = set.Deadline.SetBy, setAt = set.Deadline.SetAt,
        }, ApiJson.Options),
        ReviewResult.Refused refused => Problems.Of(refused.Status, refused.Code, refused.Message),
        _ => throw new ArgumentOutOfRangeException(nameof(result), result, "Not a review result."),
    };
}
