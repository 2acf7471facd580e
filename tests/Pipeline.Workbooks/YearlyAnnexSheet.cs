namespace Pipeline.Workbooks;

/// <summary>
/// Yearly annexes drawn the way other communes and other tools draw them, beyond what <see cref="AnnexTable"/>'s one
/// column per meaning allows: header rows given cell by cell with their merges ("Năm 2026" merged over "KH | TH | %"),
/// two result columns of one year, a total line, a notes column — titles merged across above, a signature below.
/// The rows are the new Bó Sinh's (<see cref="BoSinh2026"/>), the figures of its 2026 sample.
/// </summary>
public static class YearlyAnnexSheet
{
    /// <summary>
    /// Six of the new Bó Sinh's targets with their 2026 figures: ordinal, indicator, unit, the 2030 target, the 2025
    /// result (the baseline), the 2026 plan and the 2026 result. Row 3 (farm labour share) is lower-is-better.
    /// </summary>
    public static IReadOnlyList<(int Ordinal, string Indicator, string Unit, double Term, double Baseline, double Plan, double Actual)> BoSinh2026 { get; } =
    [
        (1, "Thu ngân sách trên địa bàn", "Triệu đồng", 515, 420, 440, 452),
        (2, "Thu nhập bình quân đầu người/năm", "Triệu đồng", 30, 22, 23.5, 24),
        (3, "Tỷ lệ lao động nông, lâm, ngư nghiệp trong tổng số lao động", "%", 55, 68, 66, 65),
        (4, "Tỷ lệ lao động qua đào tạo", "%", 50, 40, 42, 41),
        (5, "Tỷ lệ trẻ em dưới 01 tuổi được tiêm chủng đầy đủ các loại vắc xin", "%", 95, 92, 93, 94),
        (6, "Duy trì tỷ lệ độ che phủ rừng", "%", 30.2, 30.5, 30.2, 30.4),
    ];

    /// <summary>Title lines of the new Bó Sinh's annex with <paramref name="title"/> as its main line.</summary>
    public static string[] BoSinhTitles(string title) =>
        ["ĐẢNG BỘ XÃ BÓ SINH", title, "(Thực hiện Nghị quyết Đại hội Đảng bộ xã lần thứ nhất, nhiệm kỳ 2025 - 2030)"];

    /// <param name="titles">Lines above the table, each merged across it.</param>
    /// <param name="header">Header rows, cell by cell (null: empty, under a merge).</param>
    /// <param name="headerMerges">Merges inside the header, rows counted from its first row.</param>
    /// <param name="body">Body rows, cell by cell: text, a number (<see cref="double"/>, <see cref="int"/>), a <see cref="CellSpec"/>, or null.</param>
    public static SheetSpec Of(string name, IReadOnlyList<string> titles, IReadOnlyList<IReadOnlyList<string?>> header,
        IReadOnlyList<MergeSpec> headerMerges, IEnumerable<IReadOnlyList<object?>> body)
    {
        ArgumentNullException.ThrowIfNull(titles);
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(headerMerges);
        ArgumentNullException.ThrowIfNull(body);
        var rows = new List<IReadOnlyList<CellSpec>>();
        var merges = new List<MergeSpec>();
        var width = header.Max(h => h.Count);
        foreach (var title in titles)
        {
            merges.Add(new MergeSpec(rows.Count, 0, rows.Count, width - 1));
            rows.Add([CellSpec.Text(title).WithLook(CellLook.Title)]);
        }

        rows.Add([]);
        var top = rows.Count;
        foreach (var line in header)
        {
            rows.Add(line.Select(text => (text is null ? CellSpec.Empty : CellSpec.Text(text)).WithLook(CellLook.Header)).ToArray());
        }

        merges.AddRange(headerMerges.Select(m => m with { FirstRow = top + m.FirstRow, LastRow = top + m.LastRow }));
        foreach (var line in body)
        {
            rows.Add(line.Select(Cell).ToArray());
        }

        rows.Add([]);
        rows.Add([.. Enumerable.Repeat(CellSpec.Empty, width - 2), CellSpec.Text("T/M ĐẢNG ỦY").WithLook(CellLook.Signature)]);
        rows.Add([.. Enumerable.Repeat(CellSpec.Empty, width - 2), CellSpec.Text("BÍ THƯ").WithLook(CellLook.Signature)]);
        return new SheetSpec(name, rows, merges);
    }

    /// <summary>The sheet alone in a workbook of <paramref name="kind"/>.</summary>
    public static byte[] ToBytes(SheetSpec sheet, WorkbookKind kind = WorkbookKind.Xlsx) => WorkbookWriter.ToBytes([sheet], kind);

    /// <summary>Result over plan in percent to one decimal, as a clerk computes "TH/KH".</summary>
    public static double Percent(double actual, double plan) => Math.Round(actual / plan * 100, 1, MidpointRounding.AwayFromZero);

    private static CellSpec Cell(object? value) => value switch
    {
        null => CellSpec.Empty,
        CellSpec cell => cell,
        string text => text,
        int number => CellSpec.Number(number),
        double number => CellSpec.Number(number),
        _ => throw new ArgumentException($"A cell cannot hold a {value.GetType().Name}.", nameof(value)),
    };
}
