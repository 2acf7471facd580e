namespace Pipeline.Storage.Access;

/// <summary>The answer of the access rules, with the HTTP status a host returns when it is a refusal.</summary>
public sealed record AccessDecision(bool Allowed, int Status, string? Reason)
{
    public static AccessDecision Allow { get; } = new(true, 200, null);

    public static AccessDecision Unauthenticated { get; } =
        new(false, 401, "Cần đăng nhập bằng khóa truy cập (x-api-key) hoặc tài khoản của tỉnh.");

    public static AccessDecision Forbidden(string reason) => new(false, 403, reason);

    /// <summary>The refusal's stable English code: "unauthenticated" (401) or "forbidden" (403).</summary>
    public string Code => Status == 401 ? "unauthenticated" : "forbidden";
}
