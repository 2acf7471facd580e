using Pipeline.Core.Annexes;
using Pipeline.Core.Scoring;

namespace Pipeline.Core.Catalogue;

/// <summary>A canonical indicator of the catalogue.</summary>
/// <param name="Code">Stable identifier ("budget-revenue").</param>
/// <param name="Name">Vietnamese name ("Thu ngân sách trên địa bàn").</param>
/// <param name="Additive">Whether values of several communes may be summed (money, area, counts), as opposed to rates and per-capita figures.</param>
/// <param name="Aliases">Texts that name the indicator, compared after normalisation.</param>
/// <param name="Patterns">Meaning tests for longer or reworded texts.</param>
/// <param name="Source">
/// Where the indicator comes from ("QĐ 318/QĐ-TTg, tiêu chí 17", "Hệ thống chỉ tiêu thống kê cấp xã",
/// "seed annex"), so a reader can check its wording and direction; null when an extension file gives none.
/// </param>
public sealed record Indicator(
    string Code,
    string Name,
    string Unit,
    Direction Direction,
    bool Additive,
    TargetGroup? Group,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<TextPattern> Patterns,
    string? Source = null);
