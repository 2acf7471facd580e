namespace Pipeline.Workbooks;

/// <summary>
/// The visual style of a cell. Readers must ignore all of this, but a file without it does
/// not look like anything a commune sends, so the samples carry it.
/// </summary>
public sealed record CellLook(
    bool Bold = false,
    bool Italic = false,
    bool Border = false,
    bool Wrap = false,
    CellAlignment Alignment = CellAlignment.General)
{
    /// <summary>Font name; null for the house font (Times New Roman). Legacy files name ".VnTime", "VNI-Times"….</summary>
    public string? Font { get; init; }

    public static CellLook Plain { get; } = new();

    /// <summary>Title lines above a table: bold, centred across the merged width.</summary>
    public static CellLook Title { get; } = new(Bold: true, Alignment: CellAlignment.Center);

    /// <summary>The "(Kèm theo …)" line under a title.</summary>
    public static CellLook TitleNote { get; } = new(Italic: true, Wrap: true, Alignment: CellAlignment.Center);

    public static CellLook Header { get; } = new(Bold: true, Border: true, Wrap: true, Alignment: CellAlignment.Center);

    /// <summary>A table cell holding prose (the indicator text): left, wrapped.</summary>
    public static CellLook BodyText { get; } = new(Border: true, Wrap: true, Alignment: CellAlignment.Left);

    /// <summary>A table cell holding a short value: centred.</summary>
    public static CellLook BodyValue { get; } = new(Border: true, Alignment: CellAlignment.Center);

    public static CellLook GroupRow { get; } = new(Bold: true, Border: true, Alignment: CellAlignment.Left);

    public static CellLook Signature { get; } = new(Bold: true, Alignment: CellAlignment.Center);
}
