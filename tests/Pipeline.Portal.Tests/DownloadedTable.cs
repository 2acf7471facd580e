using System.Text;
using ExcelDataReader;

namespace Pipeline.Portal.Tests;

/// <summary>
/// A downloaded export read back as rows of cells: .xlsx through ExcelDataReader, .csv by RFC 4180
/// with ';' (as Vietnamese-locale Excel splits it). The title rows above the header (unit, term,
/// export date) are kept apart: the header is the first row with more than one cell filled.
/// </summary>
internal sealed record DownloadedTable(IReadOnlyList<IReadOnlyList<object?>> AllRows)
{
    static DownloadedTable() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private int HeaderIndex => AllRows.Select((row, index) => (row, index))
        .First(r => r.row.Count(cell => !string.IsNullOrEmpty(cell?.ToString())) > 1).index;

    /// <summary>The single-cell lines above the header.</summary>
    public IReadOnlyList<string> Titles => AllRows.Take(HeaderIndex)
        .Select(row => row.Count > 0 ? row[0]?.ToString() ?? "" : "").Where(text => text.Length > 0).ToList();

    /// <summary>The header, then the data rows.</summary>
    public IReadOnlyList<IReadOnlyList<object?>> Rows => AllRows.Skip(HeaderIndex).ToList();

    public IReadOnlyList<object?> Header => Rows[0];

    public int Column(string header) => Header.Select(h => h?.ToString()).ToList().IndexOf(header) is var index and >= 0
        ? index
        : throw new KeyNotFoundException($"No column '{header}' in [{string.Join(", ", Header)}].");

    /// <summary>The row whose given column reads <paramref name="text"/>.</summary>
    public IReadOnlyList<object?> RowWhere(string header, string text)
    {
        var column = Column(header);
        return Rows.Skip(1).SingleOrDefault(r => r.Count > column && r[column]?.ToString() == text)
            ?? throw new KeyNotFoundException($"No row with {header} = '{text}'.");
    }

    public static DownloadedTable ReadXlsx(string path, int sheet = 0)
    {
        using var stream = File.OpenRead(path);
        using var reader = ExcelReaderFactory.CreateOpenXmlReader(stream);
        for (var i = 0; i < sheet; i++) reader.NextResult();
        var rows = new List<IReadOnlyList<object?>>();
        while (reader.Read())
        {
            var row = new object?[reader.FieldCount];
            for (var c = 0; c < reader.FieldCount; c++) row[c] = reader.GetValue(c);
            rows.Add(row);
        }
        return new DownloadedTable(rows);
    }

    public static DownloadedTable ReadCsv(string path)
    {
        var text = File.ReadAllText(path, Encoding.UTF8).TrimStart('\uFEFF');
        var rows = new List<IReadOnlyList<object?>>();
        var row = new List<object?>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            if (quoted)
            {
                if (ch == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (ch == '"') quoted = false;
                else field.Append(ch);
            }
            else if (ch == '"') quoted = true;
            else if (ch == ';') { row.Add(field.ToString()); field.Clear(); }
            else if (ch == '\n')
            {
                row.Add(field.ToString().TrimEnd('\r'));
                field.Clear();
                rows.Add(row);
                row = [];
            }
            else field.Append(ch);
        }
        if (field.Length > 0 || row.Count > 0) { row.Add(field.ToString()); rows.Add(row); }
        return new DownloadedTable(rows);
    }
}
