using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Pipeline.Core.Reading;

/// <summary>
/// The fonts a Word document's styles give its runs (ECMA-376 Part 1, 17.7: document defaults, then a style
/// and the styles it is based on): a report typed in TCVN3 often sets ".VnTime" once, in its Normal style, and
/// none on its runs. Font names are the <c>w:rFonts</c> hAnsi face (Vietnamese letters of TCVN3 and VNI lie
/// above ASCII, where Word draws with it), else ascii. Theme fonts are not resolved: they are never legacy fonts.
/// </summary>
internal sealed class WordStyleFonts
{
    /// <summary>Styles kept; a report has a few hundred. Past it the rest are not looked at.</summary>
    private const int MaxStyles = 10_000;

    /// <summary>basedOn links followed from one style; Word's own chains are a few long.</summary>
    private const int MaxChain = 20;

    private readonly Dictionary<string, (string? BasedOn, string? Font)> _styles = new(StringComparer.Ordinal);
    private string? _defaultFont;
    private string? _defaultParagraphStyle;

    public static WordStyleFonts None { get; } = new();

    /// <summary>The styles of the document's styles part; <see cref="None"/> when it has none.</summary>
    public static WordStyleFonts Read(MainDocumentPart main)
    {
        if (main.StyleDefinitionsPart is not { } part) return None;
        var fonts = new WordStyleFonts();
        using var reader = OpenXmlReader.Create(part);
        string? style = null;
        string? basedOn = null;
        string? font = null;
        var inDefaults = false;
        while (reader.Read())
        {
            var type = reader.ElementType;
            if (reader.IsStartElement)
            {
                if (type == typeof(DocDefaults)) inDefaults = true;
                else if (type == typeof(Style))
                {
                    if (fonts._styles.Count >= MaxStyles) break;
                    style = Attribute(reader, "styleId");
                    basedOn = font = null;
                    if (Attribute(reader, "type") == "paragraph" && Attribute(reader, "default") is "1" or "true" or "on")
                        fonts._defaultParagraphStyle ??= style;
                }
                else if (type == typeof(BasedOn) && style is not null) basedOn = Attribute(reader, "val");
                else if (type == typeof(RunFonts))
                {
                    var name = Attribute(reader, "hAnsi") ?? Attribute(reader, "ascii");
                    if (inDefaults) fonts._defaultFont ??= name;
                    else if (style is not null) font ??= name;
                }
            }
            else if (reader.IsEndElement)
            {
                if (type == typeof(DocDefaults)) inDefaults = false;
                else if (type == typeof(Style) && style is not null)
                {
                    fonts._styles.TryAdd(style, (basedOn, font));
                    style = null;
                }
            }
        }
        return fonts;
    }

    /// <summary>The font a paragraph of style <paramref name="styleId"/> (null: the default paragraph style) sets its runs in, down to the document default; null when none says.</summary>
    public string? ParagraphFont(string? styleId) => Chain(styleId ?? _defaultParagraphStyle) ?? _defaultFont;

    /// <summary>The font a character style sets, or null when it (and the styles it is based on) set none.</summary>
    public string? CharacterFont(string? styleId) => Chain(styleId);

    private string? Chain(string? styleId)
    {
        for (var i = 0; styleId is not null && i < MaxChain; i++)
        {
            if (!_styles.TryGetValue(styleId, out var style)) return null;
            if (style.Font is not null) return style.Font;
            styleId = style.BasedOn;
        }
        return null;
    }

    private static string? Attribute(OpenXmlReader reader, string localName) =>
        reader.Attributes.FirstOrDefault(a => a.LocalName == localName).Value;
}
