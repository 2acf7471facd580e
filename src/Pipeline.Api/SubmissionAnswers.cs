using Microsoft.AspNetCore.Http;
using Pipeline.Storage.Uploads;

namespace Pipeline.Api;

/// <summary>
/// The one place a <see cref="SubmissionResult"/> becomes HTTP, for upload and check alike:
/// accepted → 202 <c>{uploadId, statusUrl}</c>; checked → 200 with the file's report; a held upload
/// confirmed or cancelled → 200 with its status document; refused →
/// problem details with the refusal's status, code and Vietnamese message.
/// </summary>
public static class SubmissionAnswers
{
    /// <summary>The answer to <paramref name="result"/>.</summary>
    public static IResult For(SubmissionResult result) => result switch
    {
        SubmissionResult.Accepted accepted =>
            Results.Json(new { uploadId = accepted.Upload.UploadId, statusUrl = $"/api/annexes/{accepted.Upload.UploadId}" }, ApiJson.Options, statusCode: StatusCodes.Status202Accepted),
        SubmissionResult.Checked checkedFile => Results.Json(checkedFile.Report, ApiJson.Options),
        SubmissionResult.Decided decided => Results.Json(UploadStatusDocument.From(decided.Upload), ApiJson.Options),
        SubmissionResult.Refused refused => Problems.Of(refused.Status, refused.Code, refused.Message),
        _ => throw new ArgumentOutOfRangeException(nameof(result), result, "Not a submission result."),
    };
}
