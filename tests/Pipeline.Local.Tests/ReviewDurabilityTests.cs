using System.Net;
using System.Net.Sockets;
using System.Text;
using Pipeline.FaultTest;
using Pipeline.Testing;
using Pipeline.Workbooks;

namespace Pipeline.Local.Tests;

/// <summary>
/// A province officer's decision and deadline answered 200 are durable like uploads: `pipeline serve`
/// as a real child process, Azurite and the host SIGKILLed the moment the answers arrive (inside
/// Azurite's save interval), started again on the same data folder — the confirmation, its history
/// line, the term's deadline and a year's deadline are all there, and the confirmed annex is still locked.
/// </summary>
public sealed class ReviewDurabilityTests
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(3);

    [Fact]
    public async Task A_decision_and_a_deadline_answered_200_survive_the_host_and_Azurite_killed_at_once()
    {
        var data = Directory.CreateTempSubdirectory("pipeline-review-kill-").FullName;
        var port = FreePort();
        var host = await ServeProcess.StartAsync(data, port, StartTimeout);
        try
        {
            var clerk = host.KeyOf("son-la/pu-bau");
            var officer = host.KeyOf("son-la");
            using (var http = new HttpClient { BaseAddress = host.Address })
            {
                var uploadId = await http.UploadAsync("son-la/pu-bau", "2020-2025", SampleWorkbooks.PuBau.ToBytes(), "Biểu 02.xlsx", clerk);
                Assert.Equal("scored", (await http.WaitForUploadAsync(uploadId, clerk)).GetProperty("status").GetString());

                using var confirm = await http.SendWithKeyAsync(HttpMethod.Post, "/api/communes/son-la/pu-bau/review", officer,
                    new StringContent("""{"term":"2020-2025","decision":"confirm"}""", Encoding.UTF8, "application/json"));
                Assert.Equal(HttpStatusCode.OK, confirm.StatusCode);
                using var deadline = await http.SendWithKeyAsync(HttpMethod.Put, "/api/provinces/son-la/deadlines/2020-2025", officer,
                    new StringContent("""{"deadline":"2026-12-31"}""", Encoding.UTF8, "application/json"));
                Assert.Equal(HttpStatusCode.OK, deadline.StatusCode);
                // A year's deadline beside the term's: its own entity and its own journal entry.
                using var yearDeadline = await http.SendWithKeyAsync(HttpMethod.Put, "/api/provinces/son-la/deadlines/2020-2025", officer,
                    new StringContent("""{"deadline":"2024-03-31","period":"2023"}""", Encoding.UTF8, "application/json"));
                Assert.Equal(HttpStatusCode.OK, yearDeadline.StatusCode);
            }
            // Both answered: kill Azurite and the host at once, before Azurite's next save.
            ServeProcess.Signal(host.AzuritePid(), "KILL");
            host.Kill();
            await host.WaitForExitAsync();
            await host.DisposeAsync();

            host = await ServeProcess.StartAsync(data, port, StartTimeout);
            using var again = new HttpClient { BaseAddress = host.Address };
            // The journal is replayed by the first recovery pass, just after the host answers health.
            var state = "";
            for (var until = DateTime.UtcNow.AddSeconds(60); state != "confirmed" && DateTime.UtcNow < until; await Task.Delay(500))
                state = (await again.GetJsonAsync("/api/communes/son-la/pu-bau/review?term=2020-2025", officer)).GetProperty("state").GetString();
            Assert.Equal("confirmed", state);
            var history = await again.GetJsonAsync("/api/communes/son-la/pu-bau/history?term=2020-2025", officer);
            Assert.Contains(history.EnumerateArray(), e => e.GetProperty("action").GetString() == "confirm");
            var deadlines = await again.GetJsonAsync("/api/provinces/son-la/deadlines", officer);
            Assert.Contains(deadlines.EnumerateArray(), d => d.GetProperty("term").GetString() == "2020-2025" && d.GetProperty("period").GetString() == "term"
                && d.GetProperty("deadline").GetString() == "2026-12-31");
            Assert.Contains(deadlines.EnumerateArray(), d => d.GetProperty("term").GetString() == "2020-2025" && d.GetProperty("period").GetString() == "2023"
                && d.GetProperty("deadline").GetString() == "2024-03-31");
            // Still locked: a new upload is refused.
            using var refused = await again.SendWithKeyAsync(HttpMethod.Post, "/api/annexes", clerk,
                AnnexUploadForm.Create("son-la/pu-bau", "2020-2025", SampleWorkbooks.PuBau.ToBytes(), "Biểu 02.xlsx"));
            Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        }
        finally
        {
            await host.DisposeAsync();
            try
            {
                Directory.Delete(data, recursive: true);
            }
            catch (IOException)
            {
                // a last Azurite write; the temp folder is cleaned by the system
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
