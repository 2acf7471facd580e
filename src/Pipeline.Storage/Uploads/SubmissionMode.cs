namespace Pipeline.Storage.Uploads;

/// <summary>What a clerk asks of a submitted annex file.</summary>
public enum SubmissionMode
{
    /// <summary>POST /api/annexes: store it for the commune and term, and have it parsed and scored.</summary>
    Upload,

    /// <summary>POST /api/annexes/check: read and score it exactly as an upload would be, and store nothing.</summary>
    Check,
}
