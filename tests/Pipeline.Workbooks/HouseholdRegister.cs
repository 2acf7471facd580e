namespace Pipeline.Workbooks;

/// <summary>
/// A sheet of unrelated data that communes also keep in Excel: a register of households
/// (head of household, birth year, age, village, members). A reader must say "no annex
/// here" instead of scoring it. Names are made up from common Thái family names.
/// </summary>
internal static class HouseholdRegister
{
    private static readonly string[] FamilyNames = ["Lò", "Cầm", "Quàng", "Lường", "Tòng", "Vì", "Hoàng", "Điêu"];
    private static readonly string[] GivenNames = ["Văn Ơn", "Thị Xuân", "Văn Thắng", "Thị Hương", "Văn Panh", "Thị Lả", "Văn Chiến", "Thị Ngân", "Văn Tiến"];
    private static readonly string[] Villages = ["Bản Nà Sài", "Bản Pá Làng", "Bản Hua Nà", "Bản Co Muông"];
    private static readonly string[] Headers = ["STT", "Họ và tên chủ hộ", "Năm sinh", "Tuổi", "Bản", "Số nhân khẩu"];

    public static SheetSpec Create(int households)
    {
        var header = new CellLook(Bold: true, Border: true, Alignment: CellAlignment.Center);
        List<IReadOnlyList<CellSpec>> rows =
        [
            [CellSpec.Text("DANH SÁCH HỘ GIA ĐÌNH NĂM 2025").WithLook(CellLook.Title)],
            [],
            Headers.Select(h => CellSpec.Text(h).WithLook(header)).ToList(),
        ];
        for (var i = 0; i < households; i++)
        {
            var born = 1950 + ((i * 17) % 50);
            rows.Add(
            [
                i + 1,
                $"{FamilyNames[i % FamilyNames.Length]} {GivenNames[(i * 5) % GivenNames.Length]}",
                born,
                2025 - born,
                Villages[i % Villages.Length],
                2 + ((i * 3) % 6),
            ]);
        }

        return new SheetSpec("Danh sách hộ", rows, [new MergeSpec(0, 0, 0, 5)])
        {
            ColumnWidths = [5, 28, 10, 7, 16, 12],
        };
    }
}
