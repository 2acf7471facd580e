using Pipeline.Core.Reading;
using Pipeline.Core.Text;

namespace Pipeline.Core.Narrative;

/// <summary>Every way a PDF report can be refused, worded once: Vietnamese for the clerk, English for the log.</summary>
public static class PdfRefusals
{
    private const string SendInstead = "Hãy gửi tệp Word (.docx) của báo cáo, hoặc tệp PDF xuất trực tiếp từ Word (Tệp → Lưu thành → PDF).";

    public static ReadError NotAPdf() => new(ReadErrorCode.NotAWorkbook,
        "Tệp này không phải tệp PDF. " + SendInstead,
        "The file does not start with a PDF header.");

    /// <summary>A scan: the pages are pictures, with no text layer to read.</summary>
    public static ReadError Scanned(int pages) => new(ReadErrorCode.NoText,
        $"Tệp PDF là bản quét (ảnh chụp các trang, {pages} trang), không có lớp chữ nên hệ thống không đọc được nội dung báo cáo. " + SendInstead,
        $"The PDF has no text layer on any of its {pages} pages (a scan).");

    public static ReadError Encrypted() => new(ReadErrorCode.Encrypted,
        "Tệp PDF đang được đặt mật khẩu nên hệ thống không đọc được. Hãy gỡ mật khẩu rồi tải lên lại, hoặc " + char.ToLowerInvariant(SendInstead[0]) + SendInstead[1..],
        "The PDF is encrypted.");

    public static ReadError Damaged(string reason) => new(ReadErrorCode.Damaged,
        "Tệp PDF bị hỏng hoặc chưa được chép trọn vẹn nên hệ thống không đọc được. " + SendInstead,
        $"The PDF does not parse: {Excerpt.Of(reason)}");

    /// <param name="whatVi">What is over the limit, in Vietnamese ("quá 500 trang").</param>
    /// <param name="whatEn">The same in English.</param>
    public static ReadError TooLarge(string whatVi, string whatEn) => new(ReadErrorCode.TooLarge,
        $"Tệp PDF quá lớn ({whatVi}) để hệ thống đọc. Hãy gửi riêng phần báo cáo kết quả thực hiện các chỉ tiêu, hoặc tệp Word (.docx) của báo cáo.",
        $"The PDF is over the reading limits: {whatEn}.");
}
