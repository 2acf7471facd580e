namespace Pipeline.Core.Reading;

/// <summary>Why a file was refused. Serialised as kebab-case ("not-a-workbook").</summary>
public enum ReadErrorCode
{
    /// <summary>The file is not a spreadsheet at all (text, PDF, Word, a zip of other files, unknown bytes).</summary>
    NotAWorkbook,

    /// <summary>A spreadsheet in a format the reader does not read (.xlsb, .ods, XML Spreadsheet 2003, an HTML table saved as .xls).</summary>
    UnsupportedFormat,

    /// <summary>A workbook whose structure is broken: truncated, or parts that do not parse.</summary>
    Damaged,

    Encrypted,
    NoAnnexTable,
    Empty,
    TooLarge,

    /// <summary>A PDF without a text layer (a scan): its words are pictures, nothing to read.</summary>
    NoText,
}
