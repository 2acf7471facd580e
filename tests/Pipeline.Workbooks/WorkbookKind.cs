namespace Pipeline.Workbooks;

/// <summary>The two file formats communes send.</summary>
public enum WorkbookKind
{
    /// <summary>Office Open XML (.xlsx), Excel 2007 and later.</summary>
    Xlsx,

    /// <summary>Legacy BIFF8 (.xls) in an OLE compound file, Excel 97–2003.</summary>
    Xls,
}
