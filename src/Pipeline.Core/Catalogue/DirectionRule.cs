using Pipeline.Core.Scoring;

namespace Pipeline.Core.Catalogue;

/// <summary>A keyword rule for indicators the catalogue does not know, with the reason it gives.</summary>
public sealed record DirectionRule(TextPattern Pattern, Direction Direction, string Reason);
