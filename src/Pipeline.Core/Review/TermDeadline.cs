namespace Pipeline.Core.Review;

/// <summary>A province's deadline for a term: the last day an annex counts as on time (<see cref="Review.Deadline"/>), who set it and when.</summary>
public sealed record TermDeadline(string Term, DateOnly Deadline, string SetBy, DateTimeOffset SetAt);
