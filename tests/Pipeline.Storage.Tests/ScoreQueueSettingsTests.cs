using Pipeline.Storage.Ingestion;
using Pipeline.Storage.Scoring;

namespace Pipeline.Storage.Tests;

/// <summary>The queue settings both hosts use against the re-drive that may send a request again.</summary>
public sealed class ScoreQueueSettingsTests
{
    /// <summary>An attempt of the score step takes about 2 s; half the grace is left for the five of them.</summary>
    [Fact]
    public void A_request_is_poisoned_or_scored_well_before_the_redrive_would_send_it_again()
    {
        Assert.True(ScoreQueueSettings.RetriesSpan(ScoreQueueSettings.LocalMaxPollingInterval) <= RedrivePolicy.Local.ResendGrace / 2);
        Assert.True(ScoreQueueSettings.RetriesSpan(ScoreQueueSettings.MaxPollingInterval) <= RedrivePolicy.Azure.ResendGrace / 2);
    }

    [Fact]
    public void The_local_host_polls_at_least_as_often_as_the_function_app()
    {
        Assert.True(ScoreQueueSettings.LocalMaxPollingInterval <= ScoreQueueSettings.MaxPollingInterval);
        Assert.Equal(12, ScoreQueueSettings.BatchSize + ScoreQueueSettings.NewBatchThreshold);
    }
}
