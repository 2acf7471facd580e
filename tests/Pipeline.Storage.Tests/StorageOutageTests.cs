using Azure;
using Pipeline.Storage.Health;

namespace Pipeline.Storage.Tests;

/// <summary>Which failures mean "storage did not answer" (503), in the shapes the Azure SDK throws them.</summary>
public class StorageOutageTests
{
    private static readonly RequestFailedException Refused = new(0, "Connection refused (127.0.0.1:10000)", new HttpRequestException("Connection refused (127.0.0.1:10000)"));

    [Fact]
    public void No_answer_a_busy_service_and_timeouts_are_outages()
    {
        Assert.True(StorageOutage.IsUnreachable(Refused));
        Assert.True(StorageOutage.IsUnreachable(new AggregateException("Retry failed after 4 tries.", Refused, Refused))); // retries ran out
        Assert.True(StorageOutage.IsUnreachable(new RequestFailedException(503, "Server busy", "ServerBusy", null)));
        Assert.True(StorageOutage.IsUnreachable(new HttpRequestException("Name or service not known")));
        Assert.True(StorageOutage.IsUnreachable(new RequestFailedException(404, "The table specified does not exist.", "TableNotFound", null))); // storage reset under us
        Assert.True(StorageOutage.IsUnreachable(new AggregateException(new TaskCanceledException(
            "The operation was cancelled because it exceeded the configured timeout of 0:00:10.", new TaskCanceledException())))); // a frozen emulator, Azure.Core's shape
        Assert.True(StorageOutage.IsUnreachable(new TaskCanceledException("The operation was cancelled because it exceeded the configured timeout", new TimeoutException())));
        Assert.Equal("Connection refused (127.0.0.1:10000)", StorageOutage.Describe(new AggregateException(Refused)));
    }

    [Fact]
    public void An_answer_with_an_error_and_other_failures_are_not()
    {
        Assert.False(StorageOutage.IsUnreachable(new RequestFailedException(403, "denied", "AuthorizationPermissionMismatch", null)));
        Assert.False(StorageOutage.IsUnreachable(new AggregateException(Refused, new InvalidOperationException())));
        Assert.False(StorageOutage.IsUnreachable(new RequestFailedException(404, "The specified blob does not exist.", "BlobNotFound", null)));
        Assert.False(StorageOutage.IsUnreachable(new OperationCanceledException()));
        Assert.False(StorageOutage.IsUnreachable(new InvalidDataException("units/son-la.json is not a valid units document")));
        Assert.Equal("HTTP 403 AuthorizationPermissionMismatch", StorageOutage.Describe(new RequestFailedException(403, "denied", "AuthorizationPermissionMismatch", null)));
    }
}
