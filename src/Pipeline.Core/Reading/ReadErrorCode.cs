namespace Pipeline.Core.Reading;

/// <summary>Why a file was refused. Serialised as kebab-case ("not-a-workbook").</summary>
public enum ReadErrorCode
{
    NotAWorkbook,
    Encrypted,
    NoAnnexTable,
    Empty,
    TooLarge,
}
