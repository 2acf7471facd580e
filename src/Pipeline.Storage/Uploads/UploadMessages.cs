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

    /// <summary>A confirm or cancel for an upload that is not waiting for one.</summary>
    public static string NotHeld(UploadStatus status) => status switch
    {
        UploadStatus.Scored => "Lượt tải lên này đã là biểu hiện hành, không cần xác nhận.",
        UploadStatus.Cancelled => "Lượt tải lên này đã bị hủy; muốn dùng tệp này hãy tải lên lại.",
        UploadStatus.Received or UploadStatus.Parsed => "Lượt tải lên này đang được xử lý; hãy đợi đến khi hệ thống chấm xong.",
        _ => "Lượt tải lên này không chờ xác nhận.",
    };
}
