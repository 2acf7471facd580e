namespace Pipeline.Core.Review;

/// <summary>
/// What <see cref="ReviewTransitions"/> makes of a decision or an upload: the new state, or the
/// refusal. <see cref="Unchanged"/> is true when the decision is already in effect (confirming a
/// confirmed annex), so a repeated request answers the state as it is and records nothing.
/// </summary>
public readonly record struct ReviewOutcome(ReviewState State, ReviewRefusal? Refusal, bool Unchanged = false)
{
    /// <summary>Whether the decision or upload fits the state.</summary>
    public bool Allowed => Refusal is null;

    /// <summary>The decision or upload fits: <paramref name="state"/> is the state after it.</summary>
    public static ReviewOutcome To(ReviewState state) => new(state, null);

    /// <summary>Refused for <paramref name="refusal"/>; <paramref name="state"/> is the state, unchanged.</summary>
    public static ReviewOutcome Refused(ReviewState state, ReviewRefusal refusal) => new(state, refusal);
}
