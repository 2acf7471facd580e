namespace Pipeline.Workbooks;

/// <summary>
/// What one worksheet cell holds. The cases mirror what a clerk's file really contains:
/// nothing, typed text, a number (possibly shown through a number format) or a formula
/// whose last computed value Excel stores beside it.
/// </summary>
public abstract record CellSpec
{
    /// <summary>How the cell is drawn (font, borders, alignment); never changes the value.</summary>
    public CellLook Look { get; init; } = CellLook.Plain;

    public static CellSpec Empty { get; } = new EmptyCell();

    public static CellSpec Text(string value) => new TextCell(value);

    /// <param name="value">The stored double.</param>
    /// <param name="format">An Excel number-format code such as "0.00%" or "#,##0.0"; null for General.</param>
    public static CellSpec Number(double value, string? format = null) => new NumberCell(value, format);

    /// <summary>A fraction shown as a percentage (0.8733 shows as 87.33%), as Excel stores it.</summary>
    public static CellSpec Percent(double fraction) => new NumberCell(fraction, PercentFormat);

    /// <param name="formula">Formula text, with or without the leading '='.</param>
    /// <param name="value">What the formula evaluates to; the writer checks it and stores it as the cached result.</param>
    /// <param name="format">Optional number format of the result.</param>
    public static CellSpec Formula(string formula, double value, string? format = null) =>
        new FormulaCell(formula, value, format);

    /// <summary>Number format used by <see cref="Percent"/>.</summary>
    public const string PercentFormat = "0.00%";

    // Conversions keep transcriptions of seed tables close to the paper: 18, 27.5, "Vượt".
    // An empty string is an empty cell: clerks leave cells blank, they do not type "".
    public static implicit operator CellSpec(string? text) =>
        string.IsNullOrEmpty(text) ? Empty : Text(text);

    public static implicit operator CellSpec(double value) => Number(value);

    public CellSpec WithLook(CellLook look) => this with { Look = look };
}

public sealed record EmptyCell : CellSpec;

public sealed record TextCell(string Value) : CellSpec;

public sealed record NumberCell(double Value, string? Format = null) : CellSpec;

/// <summary>
/// A formula and the value it evaluates to. In an annex row the formula may name cells of
/// its own row by column, e.g. <c>ROUND({Actual}/{Target}*100,0)</c>; the annex layout
/// replaces each <c>{Column}</c> with that cell's A1 reference.
/// </summary>
public sealed record FormulaCell(string Expression, double Value, string? Format = null) : CellSpec;
