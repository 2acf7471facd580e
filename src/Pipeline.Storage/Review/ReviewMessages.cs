using System.Globalization;
using Pipeline.Core.Periods;
using Pipeline.Core.Review;
using Pipeline.Core.Units;

namespace Pipeline.Storage.Review;

/// <summary>What officers read when a review step refuses: in Vietnamese, saying what to do.</summary>
public static class ReviewMessages
{
    private static readonly TimeSpan VietnamOffset = TimeSpan.FromHours(7);

    /// <summary>An upload meets a confirmed annex: who confirmed it, when (dd/MM/yyyy, Vietnam's calendar), and to ask the province to reopen it.</summary>
    public static string Locked(string communeName, string term, ReviewEvent? confirmation)
    {
        var who = confirmation is null ? "cán bộ tỉnh"
            : $"{confirmation.By} xác nhận ngày {confirmation.At.ToOffset(VietnamOffset).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)}";
        return $"Biểu của xã {communeName} nhiệm kỳ {term} đã được tỉnh xác nhận ({who}) nên không nhận biểu thay thế. " +
            "Nếu cần sửa số liệu, hãy đề nghị tỉnh mở lại biểu rồi tải lên lại.";
    }

    /// <summary>A decision that does not fit the state.</summary>
    public static string NotAllowed(ReviewRefusal refusal) => refusal switch
    {
        ReviewRefusal.NothingSubmitted => "Xã chưa có biểu nào được chấm cho nhiệm kỳ này nên chưa thể xác nhận hay trả lại.",
        ReviewRefusal.Confirmed => "Biểu này đã được xác nhận; muốn trả lại, hãy mở lại biểu trước.",
        ReviewRefusal.Returned => "Biểu này đã bị trả lại và đang chờ xã gửi biểu đã sửa; muốn xác nhận ngay, hãy mở lại biểu trước.",
        ReviewRefusal.NotDecided => "Biểu này chưa được xác nhận hay trả lại nên không cần mở lại.",
        ReviewRefusal.Locked => "Biểu này đã được xác nhận nên không nhận biểu thay thế; hãy đề nghị tỉnh mở lại biểu.",
        _ => "Quyết định này không phù hợp với trạng thái hiện tại của biểu.",
    };

    /// <summary>Another officer's decision (or a new upload) changed the review between reading and writing.</summary>
    public const string DecidedConcurrently =
        "Một cán bộ khác vừa quyết định về biểu này trước bạn (hoặc xã vừa gửi biểu mới), nên quyết định của bạn chưa được lưu. Hãy tải lại trang để xem trạng thái mới rồi quyết định lại.";

    /// <summary>The officer's decision names an annex that is no longer the commune's current one.</summary>
    public const string Changed =
        "Xã đã nộp biểu mới sau khi bạn mở trang này, nên quyết định chưa được lưu: hãy tải lại trang, xem biểu mới rồi quyết định.";

    /// <summary>An upload is being made current right now: the annex the officer saw is about to change.</summary>
    public const string Updating =
        "Xã vừa gửi biểu mới và hệ thống đang cập nhật; hãy đợi ít giây rồi tải lại trang trước khi quyết định.";

    /// <summary>A deadline's period that is none.</summary>
    public const string InvalidDeadlinePeriod =
        "Kỳ của hạn nộp phải là một năm của nhiệm kỳ (ví dụ 2026), \"mid-term\" (sơ kết giữa nhiệm kỳ) hoặc \"term\" (cả nhiệm kỳ); để trống là hạn nộp của cả nhiệm kỳ.";

    /// <summary>A province summary's period that is none.</summary>
    public const string InvalidSummaryPeriod =
        "Kỳ báo cáo phải là một năm của nhiệm kỳ (ví dụ 2026), \"mid-term\" (sơ kết giữa nhiệm kỳ) hoặc \"term\" (cả nhiệm kỳ).";

    /// <summary>A deadline outside its period's window (<see cref="Deadline.Window"/>): the days it may be, in dd/MM/yyyy.</summary>
    public static string DeadlineOutside(Term term, ReportingPeriod period)
    {
        var (first, last) = Deadline.Window(term, period);
        var what = period.Kind switch
        {
            PeriodKind.Year => $"kết quả {period.ToVietnamese()} (nhiệm kỳ {term})",
            PeriodKind.MidTerm => $"báo cáo sơ kết giữa nhiệm kỳ {term}",
            _ => $"của nhiệm kỳ {term}",
        };
        return string.Create(CultureInfo.InvariantCulture, $"Hạn nộp {what} phải là một ngày từ {first:dd/MM/yyyy} đến {last:dd/MM/yyyy}.");
    }
}
