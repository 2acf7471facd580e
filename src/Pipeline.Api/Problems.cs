using Microsoft.AspNetCore.Http;
using Pipeline.Core.Reading;
using Pipeline.Core.Text;
using Pipeline.Storage.Access;
using Pipeline.Storage.Health;

namespace Pipeline.Api;

/// <summary>
/// Every error the API returns, as RFC 7807 problem details (application/problem+json): a
/// Vietnamese <c>detail</c> for the portal, and a stable English <c>code</c> (also the
/// <c>title</c>) for programs. The one place answers are worded, for both hosts.
/// </summary>
public static class Problems
{
    /// <param name="status">The HTTP status, 4xx or 5xx.</param>
    /// <param name="code">A stable English token ("invalid-term"), also the problem type's last segment.</param>
    /// <param name="detail">One or more Vietnamese sentences a clerk can act on.</param>
    /// <param name="extensions">More members of the problem object ("errors", "checks", "traceId").</param>
    public static IResult Of(int status, string code, string detail, IReadOnlyDictionary<string, object?>? extensions = null)
    {
        var members = new Dictionary<string, object?>(StringComparer.Ordinal) { ["code"] = code };
        foreach (var (name, value) in extensions ?? new Dictionary<string, object?>()) members[name] = value;
        return Results.Problem(statusCode: status, title: code, detail: detail, type: $"https://pipeline.local/problems/{code}", extensions: members);
    }

    public static IResult Denied(AccessDecision decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        return Of(decision.Status, decision.Code, decision.Reason ?? "");
    }

    public static IResult NotFound(string what) => Of(404, "not-found", what);

    /// <summary>404 for an /api path no route serves.</summary>
    public static IResult NoSuchRoute(PathString path) => NotFound($"Không có địa chỉ API {path} (xem danh sách trong docs/api.md).");

    public static IResult BadRequest(string code, string detail) => Of(400, code, detail);

    /// <summary>400 with one Vietnamese sentence per mistake in <c>errors</c>, and all of them in <c>detail</c>.</summary>
    public static IResult Invalid(string code, string summary, IReadOnlyList<string> errors) =>
        Of(400, code, $"{summary}: {string.Join(" ", errors)}", new Dictionary<string, object?> { ["errors"] = errors });

    /// <summary>413 for a JSON document (units, catalogue) over <paramref name="limit"/> bytes; <paramref name="bytes"/> null when only "more than the limit" is known.</summary>
    /// <param name="what">The document, capitalised Vietnamese ("Danh mục đơn vị hành chính").</param>
    public static IResult DocumentTooLarge(string what, long? bytes, long limit) =>
        Of(413, "too-large",
            $"{what} gửi lên quá lớn ({(bytes is { } size ? VietnameseSize.OverWithUnit(size, limit) : $"hơn {VietnameseSize.LimitWithUnit(limit)}")}, tối đa {VietnameseSize.LimitWithUnit(limit)}). " +
            "Tài liệu thật chỉ vài chục KB: hãy kiểm tra lại nội dung trước khi gửi.");

    /// <summary>
    /// 415 for a body sent as anything but JSON where JSON is read: a browser form can post text/plain
    /// across sites with the App Service sign-in cookie, never application/json.
    /// </summary>
    public static IResult NotJson() =>
        Of(415, "unsupported-media-type", "Nội dung gửi lên phải là JSON, với tiêu đề Content-Type: application/json.");

    /// <summary>400 for a multipart body that cannot be read as a form (cut short, no boundary, broken part headers).</summary>
    public static IResult MalformedForm() =>
        Of(400, "malformed-form", "Biểu mẫu gửi lên bị hỏng hoặc không trọn vẹn nên hệ thống không đọc được. Hãy chọn lại tệp Excel rồi gửi lại.");

    /// <summary>503 while storage does not answer; nothing was changed.</summary>
    public static IResult StorageUnavailable() =>
        Of(503, "storage-unavailable", "Hệ thống tạm thời không kết nối được kho dữ liệu nên chưa xử lý được yêu cầu. Hãy thử lại sau ít phút.");

    /// <summary>503 from the health route: <c>checks</c> names each failing service with its English reason.</summary>
    public static IResult StorageUnhealthy(StorageHealthReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var failed = report.Failed.ToList();
        return Of(503, "storage-unavailable",
            $"Hệ thống tạm thời không kết nối được kho dữ liệu ({string.Join(", ", failed.Select(c => HealthChecks.Name(c.Service)))}). Hãy thử lại sau ít phút.",
            new Dictionary<string, object?> { ["checks"] = HealthChecks.Of(failed) });
    }

    /// <summary>500 for anything unforeseen; <paramref name="traceId"/> lets an operator find the log line.</summary>
    public static IResult Unexpected(string traceId) =>
        Of(500, "internal-error",
            $"Hệ thống gặp lỗi khi xử lý yêu cầu. Hãy thử lại sau ít phút; nếu vẫn lỗi, hãy báo cho quản trị viên mã lỗi {traceId}.",
            new Dictionary<string, object?> { ["traceId"] = traceId });
}
