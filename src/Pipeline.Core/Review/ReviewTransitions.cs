namespace Pipeline.Core.Review;

/// <summary>
/// The state machine of a province's review, pure: which decision fits which state, and what an
/// upload that becomes current does to it.
/// <code>
/// notSubmitted ──upload──► submitted ──confirm──► confirmed ──reopen──► submitted
///                          submitted ──return───► returned  ──upload / reopen──► submitted
/// </code>
/// </summary>
public static class ReviewTransitions
{
    /// <summary>The state after <paramref name="decision"/> on <paramref name="state"/>, or the refusal (the state then stays).</summary>
    public static ReviewOutcome Decide(ReviewState state, ReviewDecision decision) => (state, decision) switch
    {
        (ReviewState.NotSubmitted, ReviewDecision.Confirm or ReviewDecision.Return) => ReviewOutcome.Refused(state, ReviewRefusal.NothingSubmitted),
        (ReviewState.NotSubmitted, ReviewDecision.Reopen) => ReviewOutcome.Refused(state, ReviewRefusal.NotDecided),
        (ReviewState.Submitted, ReviewDecision.Confirm) => ReviewOutcome.To(ReviewState.Confirmed),
        (ReviewState.Submitted, ReviewDecision.Return) => ReviewOutcome.To(ReviewState.Returned),
        (ReviewState.Submitted, ReviewDecision.Reopen) => ReviewOutcome.Refused(state, ReviewRefusal.NotDecided),
        // Confirming twice is one confirmation: a retried request finds it done.
        (ReviewState.Confirmed, ReviewDecision.Confirm) => new ReviewOutcome(state, null, Unchanged: true),
        (ReviewState.Confirmed, ReviewDecision.Return) => ReviewOutcome.Refused(state, ReviewRefusal.Confirmed),
        (ReviewState.Confirmed or ReviewState.Returned, ReviewDecision.Reopen) => ReviewOutcome.To(ReviewState.Submitted),
        (ReviewState.Returned, ReviewDecision.Confirm or ReviewDecision.Return) => ReviewOutcome.Refused(state, ReviewRefusal.Returned),
        _ => throw new ArgumentOutOfRangeException(nameof(decision), (state, decision), "Not a review state and decision."),
    };

    /// <summary>
    /// A newer scored upload becoming current: submitted again (from nothing, submitted or returned),
    /// or refused when the annex is confirmed.
    /// </summary>
    public static ReviewOutcome Submit(ReviewState state) => state == ReviewState.Confirmed
        ? ReviewOutcome.Refused(state, ReviewRefusal.Locked)
        : ReviewOutcome.To(ReviewState.Submitted);

    /// <summary>Whether the decision needs a comment: a return says what to fix, a reopening why.</summary>
    public static bool NeedsComment(ReviewDecision decision) => decision is ReviewDecision.Return or ReviewDecision.Reopen;
}
