using Pipeline.Core.Reporting;
using Pipeline.Storage.Access;

namespace Pipeline.Storage.Uploads;

/// <summary>
/// What <see cref="AnnexSubmission"/> made of a submitted file: accepted (stored, 202), checked
/// (read and scored, nothing stored, 200), or refused with the HTTP status, stable English code and
/// Vietnamese message to answer with. The API maps it to HTTP in one place.
/// </summary>
public abstract record SubmissionResult
{
    private SubmissionResult()
    {
    }

    /// <summary>Stored: the upload's record (received, or rejected at once when the bytes are no workbook).</summary>
    public sealed record Accepted(UploadRecord Upload) : SubmissionResult;

    /// <summary>Read and scored without storing anything: the report the clerk sees.</summary>
    public sealed record Checked(FileReport Report) : SubmissionResult;

    /// <summary>A held upload confirmed or cancelled (<see cref="HeldUploads"/>): the upload as it now stands.</summary>
    public sealed record Decided(UploadRecord Upload) : SubmissionResult;

    /// <summary>Not accepted at all; nothing was stored.</summary>
    /// <param name="Status">The HTTP status, 4xx.</param>
    /// <param name="Code">A stable English token ("invalid-term").</param>
    /// <param name="Message">One or more Vietnamese sentences a clerk can act on.</param>
    public sealed record Refused(int Status, string Code, string Message) : SubmissionResult
    {
        /// <summary>The refusal of the access rules (401 unauthenticated, 403 forbidden).</summary>
        public static Refused Denied(AccessDecision decision)
        {
            ArgumentNullException.ThrowIfNull(decision);
            return new(decision.Status, decision.Code, decision.Reason ?? "");
        }
    }
}
