using Pipeline.Storage.Units;

namespace Pipeline.Storage.Access;

/// <summary>
/// Who may do what — the one place both hosts ask. A commune officer uploads and reads for
/// their own commune only; a province officer reads every commune of their province and
/// starts consolidation; nobody else gets anything but health.
/// </summary>
public static class AccessPolicy
{
    public static AccessDecision CanUpload(Caller? caller, CommuneId commune) => caller switch
    {
        null => AccessDecision.Unauthenticated,
        { Role: CallerRole.CommuneOfficer } when caller.Commune == commune => AccessDecision.Allow,
        { Role: CallerRole.ProvinceOfficer } => AccessDecision.Forbidden("Cán bộ tỉnh không tải biểu thay xã: biểu do cán bộ xã tải lên."),
        _ => AccessDecision.Forbidden($"Khóa truy cập này chỉ dùng cho xã {caller.Commune}."),
    };

    public static AccessDecision CanReadCommune(Caller? caller, CommuneId commune) => caller switch
    {
        null => AccessDecision.Unauthenticated,
        { Role: CallerRole.CommuneOfficer } when caller.Commune == commune => AccessDecision.Allow,
        { Role: CallerRole.ProvinceOfficer } when caller.Province == commune.Province => AccessDecision.Allow,
        { Role: CallerRole.CommuneOfficer } => AccessDecision.Forbidden($"Khóa truy cập này chỉ xem được số liệu của xã {caller.Commune}."),
        _ => AccessDecision.Forbidden($"Khóa truy cập này chỉ xem được các xã của tỉnh {caller.Province}."),
    };

    public static AccessDecision CanReadProvince(Caller? caller, string province) => caller switch
    {
        null => AccessDecision.Unauthenticated,
        { Role: CallerRole.ProvinceOfficer } when caller.Province == province => AccessDecision.Allow,
        _ => AccessDecision.Forbidden("Chỉ cán bộ của tỉnh mới xem được tổng hợp toàn tỉnh."),
    };

    public static AccessDecision CanStartConsolidation(Caller? caller, string province) => CanReadProvince(caller, province);
}
