namespace Pipeline.Core.Scoring;

public enum FindingSeverity
{
    Info,
    Warning,
    Error,
}
