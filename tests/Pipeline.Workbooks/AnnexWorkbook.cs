namespace Pipeline.Workbooks;

/// <summary>One annex alone in a workbook: the shortest path from a table to file bytes in a test.</summary>
public static class AnnexWorkbook
{
    public static byte[] ToBytes(AnnexTable table, WorkbookKind kind = WorkbookKind.Xlsx, string sheetName = "Biểu 01") =>
        WorkbookWriter.ToBytes([AnnexSheetLayout.ToSheet(table, sheetName)], kind);
}
