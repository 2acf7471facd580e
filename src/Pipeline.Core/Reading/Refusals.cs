using Pipeline.Core.Text;

namespace Pipeline.Core.Reading;

/// <summary>
/// Every way a file can be refused, worded once: Vietnamese for the clerk (what happened and
/// what to do next), English for the log.
/// </summary>
public static class Refusals
{
    private const string Retry = "rồi tải lên lại";

    public static ReadError ZeroBytes() => new(ReadErrorCode.Empty,
        $"Tệp tải lên không có dữ liệu (0 byte). Hãy mở tệp gốc trên máy (biểu Excel hoặc báo cáo Word), kiểm tra có nội dung, lưu lại {Retry}.",
        "The file is zero bytes long.");

    public static ReadError NoCells() => new(ReadErrorCode.Empty,
        $"Tệp Excel không có dữ liệu: mọi trang tính đều trống. Hãy nhập biểu chỉ tiêu vào trang tính, lưu lại {Retry}.",
        "The workbook has no non-empty cell on any sheet, hidden ones included.");

    public static ReadError NoAnnexTable() => new(ReadErrorCode.NoAnnexTable,
        "Không tìm thấy bảng chỉ tiêu trong tệp. Bảng cần có dòng tiêu đề cột, trong đó có cột \"Chỉ tiêu\" (hoặc \"Nội dung\") " +
        "và cột chỉ tiêu đề ra (ví dụ \"Chỉ tiêu NQ Đại hội\", \"Chỉ tiêu Nghị quyết đề ra\", \"Kế hoạch\"). " +
        $"Hãy kiểm tra đây đúng là tệp biểu chỉ tiêu, bổ sung dòng tiêu đề cột nếu thiếu {Retry}.",
        "No sheet holds a header row with an indicator column and a target column.");

    /// <summary>
    /// A password to open: an .xls, or an Office package encrypted into a compound file — a workbook or a Word
    /// report, which its encryption does not say (MS-OFFCRYPTO), so both ways to remove it are given.
    /// </summary>
    public static ReadError Encrypted() => new(ReadErrorCode.Encrypted,
        "Tệp Excel (hoặc báo cáo Word) đang được đặt mật khẩu nên hệ thống không đọc được. Hãy mở tệp bằng Excel (báo cáo thì bằng Word), gỡ mật khẩu " +
        $"(Tệp → Thông tin → Bảo vệ sổ làm việc, hoặc Bảo vệ tài liệu → Mã hóa bằng mật khẩu, xóa mật khẩu), lưu lại {Retry}.",
        "The file is encrypted with a password (a workbook, or an encrypted package that may also be a Word report).");

    /// <summary>The package or compound file itself does not parse: truncated, or broken structure.</summary>
    public static ReadError Damaged(string reason) => new(ReadErrorCode.Damaged,
        "Tệp Excel bị hỏng hoặc chưa được chép trọn vẹn (có thể do mạng bị ngắt khi sao chép hoặc tải lên). " +
        $"Hãy mở tệp gốc trên máy bằng Excel để kiểm tra, lưu lại {Retry}.",
        $"The workbook is damaged or truncated: {Excerpt.Of(reason)}");

    /// <summary>
    /// The structure checks passed but ExcelDataReader could not read the workbook: either damaged
    /// inside, or written by another program in a way it does not support. Both are said, as
    /// the reader cannot tell them apart; the English detail carries the reader's exception.
    /// </summary>
    public static ReadError Unreadable(string reason) => new(ReadErrorCode.Damaged,
        "Hệ thống không đọc được nội dung tệp Excel này: tệp có thể bị hỏng, hoặc do phần mềm khác tạo ra theo cách chưa được hỗ trợ. " +
        $"Hãy mở tệp bằng Excel (hoặc LibreOffice) để kiểm tra, chọn Lưu thành (Save As) → Excel Workbook (.xlsx) {Retry} tệp mới.",
        $"ExcelDataReader could not read the workbook (damaged, or a variant it does not support): {Excerpt.Of(reason)}");

    /// <summary>A spreadsheet format the reader does not read, named for the clerk and the operator.</summary>
    /// <param name="formatVi">What the file is, in Vietnamese ("sổ tính nhị phân Excel (.xlsb)").</param>
    /// <param name="formatEn">What the file is, in English ("an Excel Binary Workbook (.xlsb)").</param>
    public static ReadError UnsupportedFormat(string formatVi, string formatEn) => new(ReadErrorCode.UnsupportedFormat,
        $"Tệp này là {formatVi} — định dạng hệ thống chưa đọc được. " +
        $"Hãy mở tệp bằng Excel (hoặc LibreOffice), chọn Lưu thành (Save As) → Excel Workbook (.xlsx) {Retry} tệp mới.",
        $"The file is {formatEn}, a spreadsheet format the reader does not support.");

    public static ReadError TextFile() => new(ReadErrorCode.NotAWorkbook,
        "Tệp này là tệp văn bản hoặc CSV được đặt tên đuôi Excel, không phải tệp Excel thật. " +
        $"Hãy mở tệp bằng Excel, chọn Lưu thành (Save As) → Excel Workbook (.xlsx) {Retry} tệp mới.",
        "The file is plain text (CSV or similar) with an Excel name.");

    /// <summary>An HTML page with an Excel name: what many programs export "to Excel"; Excel opens it, the reader does not.</summary>
    public static ReadError WebPage() => new(ReadErrorCode.UnsupportedFormat,
        "Tệp này là trang web (HTML) được đặt tên đuôi Excel, thường do phần mềm khác xuất ra — không phải tệp Excel thật nên hệ thống chưa đọc được. " +
        $"Hãy mở tệp bằng Excel, chọn Lưu thành (Save As) → Excel Workbook (.xlsx) {Retry} tệp mới.",
        "The file is an HTML page with an Excel name (an \"export to Excel\" of another program), not a workbook.");

    /// <summary>Excel 2003's XML Spreadsheet format, often written by other programs with an .xls name.</summary>
    public static ReadError XmlSpreadsheet2003() => UnsupportedFormat(
        "bảng tính XML Spreadsheet 2003 (Excel 2003 XML) được đặt tên đuôi Excel",
        "an XML Spreadsheet 2003 document (SpreadsheetML) with an Excel name");

    /// <summary>XML that is neither a web page nor a spreadsheet.</summary>
    public static ReadError XmlDocument() => new(ReadErrorCode.NotAWorkbook,
        "Tệp này là tệp dữ liệu XML được đặt tên đuôi Excel, không phải tệp Excel. " +
        $"Hãy mở biểu chỉ tiêu bằng Excel, lưu thành Excel Workbook (.xlsx) {Retry} tệp mới.",
        "The file is an XML document with an Excel name, not a workbook.");

    public static ReadError OtherDocument(string kindVi, string kindEn) => new(ReadErrorCode.NotAWorkbook,
        $"Tệp này là {kindVi}, không phải tệp Excel. Hãy tải lên tệp Excel (.xlsx hoặc .xls) chứa biểu chỉ tiêu.",
        $"The file is {kindEn}, not a workbook.");

    public static ReadError ZipArchive() => new(ReadErrorCode.NotAWorkbook,
        "Tệp này là tệp nén (.zip), không phải tệp Excel. Hãy giải nén và tải lên đúng tệp Excel (.xlsx hoặc .xls) chứa biểu chỉ tiêu.",
        "The file is a zip archive without a workbook in it.");

    public static ReadError UnknownFormat() => new(ReadErrorCode.NotAWorkbook,
        "Tệp này không phải là tệp Excel (.xlsx hoặc .xls). Hãy mở biểu chỉ tiêu bằng Excel, lưu thành Excel Workbook (.xlsx) " +
        $"{Retry} tệp mới.",
        "The file's signature is not that of any workbook format.");

    public static ReadError OpenDocument() => UnsupportedFormat(
        "bảng tính OpenDocument (.ods) của LibreOffice/OpenOffice",
        "an OpenDocument spreadsheet (.ods)");

    /// <summary>Excel's binary workbook (.xlsb): a zip like .xlsx, but with binary parts ExcelDataReader 3.6 does not read.</summary>
    public static ReadError BinaryWorkbook() => UnsupportedFormat(
        "sổ tính nhị phân Excel (.xlsb)",
        "an Excel Binary Workbook (.xlsb)");

    /// <summary>
    /// A zip with the package's relationships (_rels/.rels) but no workbook reachable through them:
    /// not a package Excel or LibreOffice wrote, or one damaged by hand (<paramref name="detail"/>
    /// says what is missing, in English).
    /// </summary>
    public static ReadError NoWorkbookInPackage(string detail) => new(ReadErrorCode.UnsupportedFormat,
        "Tệp có dạng .xlsx nhưng không tìm thấy sổ tính (workbook) bên trong: cấu trúc tệp không đúng chuẩn, " +
        "có thể do phần mềm khác tạo ra hoặc tệp đã bị sửa. Hãy mở tệp bằng Excel (hoặc LibreOffice Calc), " +
        $"chọn Lưu thành (Save As) → Excel Workbook (.xlsx) {Retry} tệp mới.",
        $"The package has no workbook reachable through its relationships: {Excerpt.Of(detail)}.");

    /// <param name="bytes">The file's size; null when it was refused before its end was seen (only "more than the limit" is known).</param>
    public static ReadError FileTooLarge(long? bytes, long limit) => new(ReadErrorCode.TooLarge,
        $"Tệp quá lớn ({(bytes is { } size ? $"{VietnameseSize.Megabytes(size, limit)} MB" : $"hơn {VietnameseSize.Limit(limit)} MB")}, tối đa {VietnameseSize.Limit(limit)} MB). " +
        $"Một biểu chỉ tiêu thường chỉ vài chục dòng: hãy xóa các trang tính, hình ảnh không liên quan, chỉ để lại biểu chỉ tiêu {Retry}.",
        bytes is { } known ? $"The file is {known} bytes, over the limit of {limit} bytes." : $"The file is over the limit of {limit} bytes.");

    public static ReadError InflatesTooLarge(long declaredBytes, long limit) => new(ReadErrorCode.TooLarge,
        $"Nội dung tệp khi giải nén quá lớn ({VietnameseSize.Megabytes(declaredBytes, limit)} MB, tối đa {VietnameseSize.Limit(limit)} MB) so với một biểu chỉ tiêu. " +
        $"Hãy chỉ để lại biểu chỉ tiêu trong tệp, lưu lại {Retry}.",
        $"The package declares {declaredBytes} uncompressed bytes, over the limit of {limit} (possible zip bomb); nothing was inflated.");

    public static ReadError SheetTooLarge(string sheet, int limit) => new(ReadErrorCode.TooLarge,
        $"Trang tính \"{Excerpt.Of(sheet)}\" có hơn {VietnameseSize.Count(limit)} dòng dữ liệu, quá lớn đối với một biểu chỉ tiêu " +
        $"(thường chỉ vài chục dòng). Hãy chỉ để lại biểu chỉ tiêu trong tệp, lưu lại {Retry}.",
        $"Sheet '{Excerpt.Of(sheet)}' has more than {limit} non-empty rows without a complete annex table; reading stopped there.");

    public static ReadError WorkbookTooLarge(int limit) => new(ReadErrorCode.TooLarge,
        $"Tệp có hơn {VietnameseSize.Count(limit)} dòng dữ liệu trên các trang tính, quá lớn đối với biểu chỉ tiêu " +
        $"(thường chỉ vài chục dòng). Hãy chỉ để lại biểu chỉ tiêu trong tệp, lưu lại {Retry}.",
        $"The visible sheets hold more than {limit} non-empty rows in all; reading stopped there.");

    /// <summary>The parts ExcelDataReader would read inflate past <paramref name="limit"/> bytes in all, whatever the zip directory declared.</summary>
    public static ReadError InflatedTooLarge(long limit) => new(ReadErrorCode.TooLarge,
        $"Nội dung tệp khi giải nén quá lớn (hơn {VietnameseSize.Limit(limit)} MB) so với một biểu chỉ tiêu. " +
        $"Hãy chỉ để lại biểu chỉ tiêu trong tệp, lưu lại {Retry}.",
        $"The package inflated past the limit of {limit} bytes while it was checked (a part that several sheets use counts at each use); nothing was read.");

    /// <summary>The package rewritten for reading (<see cref="XlsxNormalizer"/>) would pass <paramref name="limit"/> bytes.</summary>
    public static ReadError RewrittenTooLarge(long limit) => new(ReadErrorCode.TooLarge,
        $"Nội dung tệp khi giải nén quá lớn (hơn {VietnameseSize.Limit(limit)} MB) so với một biểu chỉ tiêu. " +
        $"Hãy chỉ để lại biểu chỉ tiêu trong tệp, lưu lại {Retry}.",
        $"The workbook's parts, rewritten for reading, pass the limit of {limit} bytes; nothing was read.");

    /// <summary>One cell, shared string or other text of the package is longer than Excel allows.</summary>
    public static ReadError CellTooLong(int limit) => new(ReadErrorCode.TooLarge,
        $"Tệp có một ô chứa hơn {VietnameseSize.Count(limit)} ký tự — không phải biểu do Excel lưu. " +
        $"Hãy mở tệp bằng Excel, xoá nội dung thừa, lưu lại {Retry}.",
        $"A cell or other text holds more than {limit} characters, Excel's own maximum; nothing was read.");

    /// <summary>The workbook holds far more text than an annex (<paramref name="detail"/> says which limit, in English).</summary>
    public static ReadError TooMuchText(string detail) => new(ReadErrorCode.TooLarge,
        "Tệp chứa quá nhiều nội dung chữ so với một biểu chỉ tiêu (thường chỉ vài trăm ô chữ ngắn). " +
        $"Hãy chỉ để lại biểu chỉ tiêu trong tệp, xoá các trang tính và nội dung không liên quan, lưu lại {Retry}.",
        $"The workbook holds too much text: {detail}; nothing was read.");

    public static ReadError TooManyCells(string sheet, int limit) => new(ReadErrorCode.TooLarge,
        $"Trang tính \"{Excerpt.Of(sheet)}\" có hơn {VietnameseSize.Count(limit)} ô, quá lớn đối với một biểu chỉ tiêu " +
        $"(thường chỉ vài trăm ô). Hãy chỉ để lại biểu chỉ tiêu trong tệp, lưu lại {Retry}.",
        $"Sheet '{Excerpt.Of(sheet)}' has more than {limit} cells; nothing was read.");

    /// <summary>A cell, row or dimension of the sheet lies past Excel's last column or row.</summary>
    public static ReadError OutsideExcelGrid(string sheet, AnnexReadLimits limits) => new(ReadErrorCode.TooLarge,
        $"Trang tính \"{Excerpt.Of(sheet)}\" có ô nằm ngoài giới hạn của Excel (quá {VietnameseSize.Count(limits.MaxColumnNumber)} cột " +
        $"hoặc {VietnameseSize.Count(limits.MaxRowNumber)} dòng) — không phải biểu do Excel lưu. " +
        $"Hãy mở tệp bằng Excel, chép biểu chỉ tiêu sang một tệp mới, lưu thành Excel Workbook (.xlsx) {Retry}.",
        $"Sheet '{Excerpt.Of(sheet)}' has a cell, a row or a dimension past column {limits.MaxColumnNumber} or row {limits.MaxRowNumber} " +
        $"(or more cells in one row than there are columns); nothing was read.");

    /// <summary>The package has a structure Excel never writes (<paramref name="detail"/> says which, in English).</summary>
    public static ReadError NotSavedByExcel(string detail) => new(ReadErrorCode.TooLarge,
        "Tệp có cấu trúc vượt quá giới hạn của Excel — không phải biểu do Excel lưu, có thể do phần mềm khác tạo ra. " +
        $"Hãy mở tệp bằng Excel, chép biểu chỉ tiêu sang một tệp mới, lưu thành Excel Workbook (.xlsx) {Retry}.",
        $"The package is beyond what Excel writes: {detail}; nothing was read.");

    /// <summary>
    /// A Word 97–2003 document (.doc, a compound file with a "WordDocument" stream): its tables are
    /// not read; the same report saved as .docx is (<see cref="WordReportReader"/>).
    /// </summary>
    public static ReadError WordDocument97() => new(ReadErrorCode.NotAWorkbook,
        "Tệp Word 97-2003 (.doc) là định dạng cũ, hệ thống chưa đọc được các biểu trong đó. " +
        $"Hãy mở tệp bằng Word, chọn Lưu thành (Save As) → Tài liệu Word (.docx), lưu lại dưới dạng .docx {Retry} tệp mới.",
        "The file is a Word 97-2003 document (.doc); only .docx reports are read.");

    /// <summary>A Word report with no table that reads as an annex (the counterpart of <see cref="NoAnnexTable"/>).</summary>
    public static ReadError NoAnnexTableInReport() => new(ReadErrorCode.NoAnnexTable,
        "Không tìm thấy biểu chỉ tiêu nào trong báo cáo (tệp Word). Biểu cần được chèn vào báo cáo dưới dạng bảng (Table) của Word, " +
        "không phải hình ảnh, và có dòng tiêu đề cột, trong đó có cột \"Chỉ tiêu\" (hoặc \"Nội dung\") và cột chỉ tiêu đề ra " +
        "(ví dụ \"Chỉ tiêu NQ Đại hội\", \"Kế hoạch\"). " +
        $"Hãy kiểm tra các biểu kèm theo báo cáo, hoặc tải lên tệp Excel của từng biểu {Retry}.",
        "No table of the Word report holds a header row with an indicator column and a target column.");

    /// <summary>One cell of a Word report's table is longer than any annex cell (Excel's own limit a cell, <see cref="CellTooLong"/>'s counterpart).</summary>
    public static ReadError ReportCellTooLong(int limit) => new(ReadErrorCode.TooLarge,
        $"Báo cáo Word có một ô bảng chứa hơn {VietnameseSize.Count(limit)} ký tự, quá dài đối với một ô của biểu chỉ tiêu. " +
        $"Hãy mở báo cáo bằng Word, xoá nội dung thừa trong ô đó, lưu lại {Retry}.",
        $"A table cell of the Word report holds more than {limit} characters; reading stopped there.");

    /// <summary>A Word report whose package or document part does not parse.</summary>
    public static ReadError ReportDamaged(string reason) => new(ReadErrorCode.Damaged,
        "Tệp báo cáo Word bị hỏng hoặc chưa được chép trọn vẹn, hoặc do phần mềm khác tạo ra theo cách chưa được hỗ trợ. " +
        $"Hãy mở tệp bằng Word để kiểm tra, chọn Lưu thành (Save As) → Tài liệu Word (.docx) {Retry} tệp mới.",
        $"The Word report is damaged or not readable: {Excerpt.Of(reason)}");

    /// <summary>A Word report far larger than any report (<paramref name="detail"/> says which limit, in English).</summary>
    public static ReadError ReportTooLarge(string detail) => new(ReadErrorCode.TooLarge,
        "Báo cáo Word quá lớn hoặc có quá nhiều bảng, dòng, ô hay chữ so với một báo cáo kèm biểu chỉ tiêu. " +
        $"Hãy chỉ để lại báo cáo và các biểu chỉ tiêu kèm theo, xoá nội dung không liên quan, lưu lại {Retry}.",
        $"The Word report is too large: {detail}; reading stopped there.");
}
