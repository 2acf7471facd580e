using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace Pipeline.Workbooks;

/// <summary>
/// Writes real PDF reports with PdfPig's document builder: a text layer in a TrueType font with Vietnamese
/// glyphs (DejaVu Sans, from the machine's fonts), laid out as Word exports a report (A4, wrapped lines,
/// space between paragraphs, pages as they fill); and a scan, whose pages hold only a picture.
/// </summary>
public static class ReportPdf
{
    /// <summary>Where DejaVu Sans is looked for; Debian's fonts-dejavu-core puts it at the first.</summary>
    public static IReadOnlyList<string> FontPaths { get; } =
        ["/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "/usr/share/fonts/dejavu/DejaVuSans.ttf", "/usr/share/fonts/TTF/DejaVuSans.ttf"];

    /// <summary>The first of <see cref="FontPaths"/> present, or null when the machine has none.</summary>
    public static string? FontPath => FontPaths.FirstOrDefault(File.Exists);

    private const double FontSize = 10;
    private const double LineHeight = 13;
    private const double ParagraphSpace = 7;
    private const double Margin = 56;

    /// <summary>Characters per line: DejaVu Sans at 10 pt averages under 6 pt a character over A4's 483 pt of text width.</summary>
    private const int LineCharacters = 80;

    /// <summary>A PDF whose text layer holds <paramref name="paragraphs"/>, one after another.</summary>
    /// <exception cref="InvalidOperationException">No DejaVu Sans on the machine (see <see cref="FontPath"/>).</exception>
    public static byte[] WithText(IEnumerable<string> paragraphs)
    {
        var fontPath = FontPath ?? throw new InvalidOperationException($"No DejaVu Sans at {string.Join(", ", FontPaths)}: install it (Debian: apt-get install fonts-dejavu-core).");
        using var builder = new PdfDocumentBuilder();
        var font = builder.AddTrueTypeFont(File.ReadAllBytes(fontPath));
        PdfPageBuilder? page = null;
        var y = 0.0;
        foreach (var paragraph in paragraphs)
        {
            foreach (var line in Wrap(paragraph))
            {
                if (page is null || y < Margin)
                {
                    page = builder.AddPage(PageSize.A4);
                    y = page.PageSize.Height - Margin;
                }
                page.AddText(line, FontSize, new PdfPoint(Margin, y), font);
                y -= LineHeight;
            }
            y -= ParagraphSpace;
        }
        return builder.Build();
    }

    /// <summary>A scan of <paramref name="pages"/> pages: each holds a grey picture of a page and no text.</summary>
    public static byte[] Scanned(int pages = 2)
    {
        using var builder = new PdfDocumentBuilder();
        for (var i = 0; i < pages; i++)
        {
            var page = builder.AddPage(PageSize.A4);
            page.AddPng(GreyPng(), new PdfRectangle(Margin, Margin, page.PageSize.Width - Margin, page.PageSize.Height - Margin));
        }
        return builder.Build();
    }

    /// <summary>
    /// <paramref name="pdf"/> (as <see cref="WithText"/> writes it) marked encrypted with a password: its trailer gains
    /// a standard security handler (RC4, 40-bit) whose owner and user keys match no password, the empty one included,
    /// so a reader must refuse it as an encrypted PDF it cannot open.
    /// </summary>
    public static byte[] Encrypted(byte[] pdf)
    {
        var text = System.Text.Encoding.Latin1.GetString(pdf);
        var trailer = text.LastIndexOf("trailer", StringComparison.Ordinal);
        var open = text.IndexOf("<<", trailer, StringComparison.Ordinal) + 2;
        var key = new string('A', 64);
        // The trailer follows the cross-reference table, so no offset moves.
        return System.Text.Encoding.Latin1.GetBytes(
            string.Concat(text.AsSpan(0, open), $"/Encrypt << /Filter /Standard /V 1 /R 2 /Length 40 /O <{key}> /U <{key}> /P -4 >> ", text.AsSpan(open)));
    }

    /// <summary>Splits a paragraph into lines of at most <see cref="LineCharacters"/> characters at spaces.</summary>
    private static IEnumerable<string> Wrap(string paragraph)
    {
        var line = new System.Text.StringBuilder();
        foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > LineCharacters)
            {
                yield return line.ToString();
                line.Clear();
            }
            if (line.Length > 0) line.Append(' ');
            line.Append(word);
        }
        if (line.Length > 0) yield return line.ToString();
    }

    /// <summary>An 8×8 grey PNG, written byte by byte (signature, IHDR, one zlib IDAT, IEND).</summary>
    private static byte[] GreyPng()
    {
        const int size = 8;
        var raw = new byte[size * (1 + size)];
        for (var row = 0; row < size; row++)
        {
            raw[row * (1 + size)] = 0; // filter: none
            for (var x = 0; x < size; x++) raw[row * (1 + size) + 1 + x] = (byte)(0x80 + ((x + row) % 2) * 0x30);
        }
        using var compressed = new MemoryStream();
        using (var zlib = new System.IO.Compression.ZLibStream(compressed, System.IO.Compression.CompressionLevel.Optimal, leaveOpen: true))
            zlib.Write(raw);
        using var png = new MemoryStream();
        png.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);
        Chunk(png, "IHDR", [0, 0, 0, size, 0, 0, 0, size, 8, 0, 0, 0, 0]); // 8-bit greyscale
        Chunk(png, "IDAT", compressed.ToArray());
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    private static void Chunk(Stream png, string type, byte[] data)
    {
        var typeBytes = System.Text.Encoding.ASCII.GetBytes(type);
        WriteBigEndian(png, (uint)data.Length);
        png.Write(typeBytes);
        png.Write(data);
        WriteBigEndian(png, Crc32([.. typeBytes, .. data]));
    }

    private static void WriteBigEndian(Stream stream, uint value) =>
        stream.Write([(byte)(value >> 24), (byte)(value >> 16), (byte)(value >> 8), (byte)value]);

    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++) crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
        }
        return ~crc;
    }
}
