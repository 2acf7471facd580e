namespace Pipeline.Core.Reading;

/// <summary>WordprocessingML's main namespace in both conformance classes of ISO/IEC 29500 (Word saves transitional; "Strict Open XML Document" the other).</summary>
internal static class WordNamespaces
{
    public const string Main = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    public const string StrictMain = "http://purl.oclc.org/ooxml/wordprocessingml/main";

    public static bool IsMain(string? ns) => ns is Main or StrictMain;
}
