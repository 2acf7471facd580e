using Pipeline.Core.Review;

namespace Pipeline.Storage.Durability;

/// <summary>A province's deadline for a term or a period of it the API answered 200 for; the latest per term and period is replayed where storage holds another.</summary>
public sealed record AcceptedDeadline(string Province, TermDeadline Deadline);
