using Pipeline.Core.Units;

namespace Pipeline.Storage.Access;

/// <summary>
/// Who may do what — the one place both hosts ask. A commune officer uploads and reads for
/// their own commune — and, for a commune formed by a merger, for its predecessors, whose
/// staff and records it took over; a province officer reads every commune of their province,
/// manages its administrative units and starts consolidation, reviews (confirms, returns, reopens)
/// its communes' annexes and sets their deadlines; nobody else gets anything but
/// health. The officer of a commune no longer in the registry gets nothing either.
/// </summary>
public static class AccessPolicy
{
    /// <summary>
    /// Whether the caller may use the API at all, against the current <paramref name="registry"/>:
    /// a commune officer whose commune was removed (its province's units replaced without it) may
    /// not. Nothing about the key or role is deleted: if the commune comes back, so does access.
    /// </summary>
    public static AccessDecision CanSignIn(Caller? caller, CommuneRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        return caller switch
        {
            null => AccessDecision.Unauthenticated,
            { Commune: { } own } when registry.Find(own) is null => AccessDecision.Forbidden(
                $"Xã {own} không còn trong danh mục đơn vị hành chính của tỉnh nên khóa truy cập của cán bộ xã này không còn dùng được. " +
                "Nếu xã đã được sáp nhập, hãy dùng khóa của xã mới; nếu có nhầm lẫn, hãy liên hệ cán bộ tỉnh."),
            _ => AccessDecision.Allow,
        };
    }

    // People read names, not ids ("Pú Bẩu", not "son-la/pu-bau"); the id only when the registry has no name.
    private static string CommuneName(Caller caller, CommuneRegistry registry) =>
        caller.Commune is { } own ? registry.Find(own)?.Name ?? own.ToString() : "";

    private static string ProvinceName(Caller caller, CommuneRegistry registry) => registry.Province(caller.Province)?.Name ?? caller.Province;

    public static AccessDecision CanUpload(Caller? caller, CommuneId commune, CommuneRegistry registry) => caller switch
    {
        _ when CanSignIn(caller, registry) is { Allowed: false } refused => refused,
        null => AccessDecision.Unauthenticated,
        { Role: CallerRole.CommuneOfficer } when Speaks(caller, commune, registry) => AccessDecision.Allow,
        { Role: CallerRole.ProvinceOfficer } => AccessDecision.Forbidden("Cán bộ tỉnh không tải biểu thay xã: biểu do cán bộ xã tải lên."),
        _ => AccessDecision.Forbidden($"Khóa truy cập này chỉ dùng cho xã {CommuneName(caller, registry)}."),
    };

    public static AccessDecision CanReadCommune(Caller? caller, CommuneId commune, CommuneRegistry registry) => caller switch
    {
        _ when CanSignIn(caller, registry) is { Allowed: false } refused => refused,
        null => AccessDecision.Unauthenticated,
        { Role: CallerRole.CommuneOfficer } when Speaks(caller, commune, registry) => AccessDecision.Allow,
        { Role: CallerRole.ProvinceOfficer } when caller.Province == commune.Province => AccessDecision.Allow,
        { Role: CallerRole.CommuneOfficer } => AccessDecision.Forbidden($"Khóa truy cập này chỉ xem được số liệu của xã {CommuneName(caller, registry)}."),
        _ => AccessDecision.Forbidden($"Khóa truy cập này chỉ xem được các xã của tỉnh {ProvinceName(caller, registry)}."),
    };

    public static AccessDecision CanReadProvince(Caller? caller, string province) => caller switch
    {
        null => AccessDecision.Unauthenticated,
        { Role: CallerRole.ProvinceOfficer } when caller.Province == province => AccessDecision.Allow,
        _ => AccessDecision.Forbidden("Chỉ cán bộ của tỉnh mới xem được tổng hợp toàn tỉnh."),
    };

    public static AccessDecision CanStartConsolidation(Caller? caller, string province) => CanReadProvince(caller, province);

    public static AccessDecision CanManageUnits(Caller? caller, string province) => caller switch
    {
        null => AccessDecision.Unauthenticated,
        { Role: CallerRole.ProvinceOfficer } when caller.Province == province => AccessDecision.Allow,
        _ => AccessDecision.Forbidden("Chỉ cán bộ của tỉnh mới sửa được danh mục đơn vị hành chính của tỉnh."),
    };

    /// <summary>
    /// Whether the caller may confirm, return or reopen the commune's annex: only an officer of the
    /// commune's own province. Commune officers read their review and history but never decide it.
    /// </summary>
    public static AccessDecision CanReview(Caller? caller, CommuneId commune, CommuneRegistry registry) => caller switch
    {
        _ when CanSignIn(caller, registry) is { Allowed: false } refused => refused,
        null => AccessDecision.Unauthenticated,
        { Role: CallerRole.ProvinceOfficer } when caller.Province == commune.Province => AccessDecision.Allow,
        { Role: CallerRole.CommuneOfficer } => AccessDecision.Forbidden("Chỉ cán bộ tỉnh mới xác nhận, trả lại hay mở lại biểu của xã; cán bộ xã xem được trạng thái và lịch sử."),
        _ => AccessDecision.Forbidden($"Khóa truy cập này chỉ duyệt được biểu của các xã thuộc tỉnh {ProvinceName(caller, registry)}."),
    };

    /// <summary>Whether the caller may set the province's deadlines: only an officer of that province.</summary>
    public static AccessDecision CanSetDeadlines(Caller? caller, string province) => caller switch
    {
        null => AccessDecision.Unauthenticated,
        { Role: CallerRole.ProvinceOfficer } when caller.Province == province => AccessDecision.Allow,
        _ => AccessDecision.Forbidden("Chỉ cán bộ của tỉnh mới đặt được hạn nộp biểu của tỉnh."),
    };

    /// <summary>The communes a commune officer acts for: their own, and the predecessors of a commune formed by a merger.</summary>
    public static IReadOnlyList<CommuneId> CommunesOf(Caller caller, CommuneRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return caller.Commune is { } own ? CommunesOf(own, registry) : [];
    }

    /// <summary>The communes the officer of <paramref name="own"/> speaks for: it, and the predecessors of a commune formed by a merger.</summary>
    public static IReadOnlyList<CommuneId> CommunesOf(CommuneId own, CommuneRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        return registry.FormedBy(own) is { } merger ? [own, .. merger.From] : [own];
    }

    private static bool Speaks(Caller caller, CommuneId commune, CommuneRegistry registry) => CommunesOf(caller, registry).Contains(commune);
}
