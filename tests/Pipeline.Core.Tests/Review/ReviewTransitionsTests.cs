using Pipeline.Core.Review;

namespace Pipeline.Core.Tests.Review;

public sealed class ReviewTransitionsTests
{
    [Theory]
    [InlineData(ReviewState.Submitted, ReviewDecision.Confirm, ReviewState.Confirmed)]
    [InlineData(ReviewState.Submitted, ReviewDecision.Return, ReviewState.Returned)]
    [InlineData(ReviewState.Confirmed, ReviewDecision.Reopen, ReviewState.Submitted)]
    [InlineData(ReviewState.Returned, ReviewDecision.Reopen, ReviewState.Submitted)]
    public void A_decision_that_fits_moves_the_state(ReviewState from, ReviewDecision decision, ReviewState to)
    {
        var outcome = ReviewTransitions.Decide(from, decision);
        Assert.True(outcome.Allowed);
        Assert.False(outcome.Unchanged);
        Assert.Equal(to, outcome.State);
    }

    [Theory]
    [InlineData(ReviewState.NotSubmitted, ReviewDecision.Confirm, ReviewRefusal.NothingSubmitted)]
    [InlineData(ReviewState.NotSubmitted, ReviewDecision.Return, ReviewRefusal.NothingSubmitted)]
    [InlineData(ReviewState.NotSubmitted, ReviewDecision.Reopen, ReviewRefusal.NotDecided)]
    [InlineData(ReviewState.Submitted, ReviewDecision.Reopen, ReviewRefusal.NotDecided)]
    [InlineData(ReviewState.Confirmed, ReviewDecision.Return, ReviewRefusal.Confirmed)]
    [InlineData(ReviewState.Returned, ReviewDecision.Confirm, ReviewRefusal.Returned)]
    [InlineData(ReviewState.Returned, ReviewDecision.Return, ReviewRefusal.Returned)]
    public void A_decision_that_does_not_fit_is_refused_and_the_state_stays(ReviewState from, ReviewDecision decision, ReviewRefusal refusal)
    {
        var outcome = ReviewTransitions.Decide(from, decision);
        Assert.False(outcome.Allowed);
        Assert.Equal((from, refusal), (outcome.State, outcome.Refusal!.Value));
    }

    [Fact]
    public void Confirming_a_confirmed_annex_is_the_same_confirmation()
    {
        var outcome = ReviewTransitions.Decide(ReviewState.Confirmed, ReviewDecision.Confirm);
        Assert.True(outcome.Allowed);
        Assert.True(outcome.Unchanged);
        Assert.Equal(ReviewState.Confirmed, outcome.State);
    }

    [Theory]
    [InlineData(ReviewState.NotSubmitted)]
    [InlineData(ReviewState.Submitted)]
    [InlineData(ReviewState.Returned)]
    public void A_newer_upload_is_submitted_unless_the_annex_is_confirmed(ReviewState from)
    {
        Assert.Equal(ReviewOutcome.To(ReviewState.Submitted), ReviewTransitions.Submit(from));
        Assert.Equal(ReviewRefusal.Locked, ReviewTransitions.Submit(ReviewState.Confirmed).Refusal);
    }

    [Fact]
    public void Returning_and_reopening_need_a_comment_confirming_does_not()
    {
        Assert.True(ReviewTransitions.NeedsComment(ReviewDecision.Return));
        Assert.True(ReviewTransitions.NeedsComment(ReviewDecision.Reopen));
        Assert.False(ReviewTransitions.NeedsComment(ReviewDecision.Confirm));
    }
}
