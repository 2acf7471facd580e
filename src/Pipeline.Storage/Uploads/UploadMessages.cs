using System.Globalization;
using Pipeline.Core.Units;

namespace Pipeline.Storage.Uploads;

/// <summary>What the clerk reads on an upload the system itself could not finish: what happened and what to do.</summary>
public static class UploadMessages
{
    /// <summary>Scoring failed again and again (the message reached the poison queue).</summary>
    public static string ProcessingFailed(string uploadId) =>
        "Hệ thống chưa chấm được biểu này sau nhiều lần thử. Hãy bấm \"Kiểm tra trước (không lưu)\" với cùng tệp: " +
        "nếu kiểm tra báo lỗi, sửa tệp theo hướng dẫn rồi tải lên lại; nếu kiểm tra không báo lỗi, hãy báo cán bộ quản trị của tỉnh " +
        $"mã tải lên {uploadId} — không cần gửi lại tệp.";

    /// <summary>The original file is no longer in storage, so it cannot be read.</summary>
    public static string OriginalMissing(string uploadId) =>
        $"Không tìm thấy tệp gốc của lượt tải lên {uploadId} trong kho lưu trữ nên chưa đọc được. Hãy tải lên lại tệp biểu.";

    /// <summary>
    /// An upload for a term the commune did not exist for (<see cref="CommuneRegistry.IsExpected"/>): a
    /// predecessor after its merger, or the commune formed by it before. Says which commune holds that term.
    /// </summary>
    public static string NotATermOf(CommuneRegistry registry, CommuneId commune, string term)
    {
        var name = registry.Find(commune)?.Name ?? commune.ToString();
        string NameOf(CommuneId id) => registry.Find(id)?.Name ?? id.ToString();
        string Date(Merger merger) => merger.Effective.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
        if (registry.AbsorbedBy(commune) is { } absorbed)
            return $"Xã {name} đã sáp nhập vào xã {NameOf(absorbed.Into)} từ ngày {Date(absorbed)} nên không có nhiệm kỳ {term}. " +
                $"Biểu nhiệm kỳ {term} nộp cho xã {NameOf(absorbed.Into)}; biểu của xã {name} là của nhiệm kỳ {absorbed.BaselineTerm} trở về trước.";
        if (registry.FormedBy(commune) is { } formed)
            return $"Xã {name} được thành lập từ ngày {Date(formed)} nên chưa có nhiệm kỳ {term}. " +
                $"Biểu nhiệm kỳ {term} là của các xã cũ ({string.Join(", ", formed.From.Select(NameOf))}): hãy chọn đúng xã cũ khi nộp.";
        return $"Xã {name} không có nhiệm kỳ {term}.";
    }

    /// <summary>A confirm or cancel for an upload that is not waiting for one.</summary>
    public static string NotHeld(UploadStatus status) => status switch
    {
        UploadStatus.Scored => "Lượt tải lên này đã là biểu hiện hành, không cần xác nhận.",
        UploadStatus.Cancelled => "Lượt tải lên này đã bị hủy; muốn dùng tệp này hãy tải lên lại.",
        UploadStatus.Received or UploadStatus.Parsed => "Lượt tải lên này đang được xử lý; hãy đợi đến khi hệ thống chấm xong.",
        _ => "Lượt tải lên này không chờ xác nhận.",
    };

    /// <summary>
    /// A held report (or part) whose annexes name other communes (<see cref="ForeignAnnexes"/>): which annexes name which commune,
    /// that a confirmation does not fold them into <paramref name="communeName"/>, and what to do — cancel it, send this commune's
    /// annexes on their own, and have the others sent for their communes (by the officer who speaks for them: resent by them the
    /// whole report sends each annex to its commune), or ask the province.
    /// </summary>
    public static string ForeignAnnexes(string communeName, IReadOnlyList<ForeignAnnex> foreign)
    {
        ArgumentNullException.ThrowIfNull(foreign);
        var listed = string.Join("; ", foreign.Select(f => $"biểu ở trang “{f.Sheet}” ghi xã {f.Commune}, nhiệm kỳ {f.Term}"));
        var message = $"Không xác nhận được lượt tải lên này cho xã {communeName}: {listed}. " +
            $"Xác nhận chỉ nhận các biểu của xã {communeName}, không gộp biểu của xã khác vào xã {communeName} (số liệu của xã đó sẽ bị tính hai lần). " +
            $"Hãy hủy lượt tải lên này và nộp riêng biểu của xã {communeName}. ";
        var spoken = foreign.Where(f => f.SpokenFor is not null).Select(f => f.Commune).Distinct(StringComparer.Ordinal).ToArray();
        if (spoken.Length > 0)
            message += $"Bạn nộp được biểu cho xã {string.Join(", ", spoken)}: nộp lại cả báo cáo, mỗi biểu sẽ tự chuyển về đúng xã ghi ở tiêu đề. ";
        if (spoken.Length < foreign.Select(f => f.Commune).Distinct(StringComparer.Ordinal).Count())
            message += "Biểu của xã khác do cán bộ của xã đó (hoặc của xã mới sau sáp nhập) nộp. ";
        return message + "Nếu tiêu đề biểu ghi nhầm tên xã, hãy sửa tiêu đề rồi nộp lại; cần giúp, hãy báo cán bộ của tỉnh.";
    }

    /// <summary>A <c>period</c> field that is no period.</summary>
    public const string InvalidPeriod =
        "Kỳ báo cáo phải là một năm của nhiệm kỳ (ví dụ 2026), \"mid-term\" (sơ kết giữa nhiệm kỳ) hoặc \"term\" (cả nhiệm kỳ); để trống nếu muốn lấy theo tiêu đề của biểu.";

    /// <summary>A held upload whose period, taken from its file, is a year outside its term: confirmed, it would count for no period shown anywhere.</summary>
    public static string HeldPeriodNotOfTerm(int year, Term term) =>
        string.Create(CultureInfo.InvariantCulture,
            $"Không thể xác nhận: biểu ghi kết quả năm {year}, không phải một năm của nhiệm kỳ {term} (các năm {term.StartYear + 1} đến {term.EndYear}), " +
            $"nên nếu xác nhận, kết quả sẽ không được tính ở đâu. Hãy hủy lượt tải lên này và nộp lại tệp cho nhiệm kỳ có năm {year}.");

    /// <summary>A year chosen that is not a year of the term: the term's first year is the previous term's result, its baseline.</summary>
    public static string PeriodNotOfTerm(int year, Term term) =>
        string.Create(CultureInfo.InvariantCulture,
            $"Năm {year} không phải là một năm của nhiệm kỳ {term}: kết quả từng năm nộp cho các năm {term.StartYear + 1} đến {term.EndYear} " +
            $"(kết quả năm {term.StartYear} là số liệu đầu nhiệm kỳ).");
}
