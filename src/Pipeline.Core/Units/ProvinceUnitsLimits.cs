using Pipeline.Core.Text;

namespace Pipeline.Core.Units;

/// <summary>
/// How large a province's units document may be: every path that takes one (the API, the
/// registry file) goes through <see cref="ProvinceUnitsValidator"/>, which enforces these.
/// </summary>
/// <remarks>
/// The bound that matters is the province rollup, stored as one table entity of at most 1 MiB
/// (UTF-16): a commune that has not reported takes about 290 characters there (its line and
/// its place in the missing list, with a 20-character name), so 1,000 communes fill about
/// 0.55 MiB and names of 100 characters about 0.9 MiB (2,000 such communes would not fit).
/// Vietnamese provinces have at most a few hundred communes.
/// </remarks>
public static class ProvinceUnitsLimits
{
    /// <summary>Largest units document the API reads, in bytes (1 MiB): a real one weighs a few tens of KB.</summary>
    public const long DocumentBytes = 1024 * 1024;

    /// <summary>Most communes in one province.</summary>
    public const int Communes = 1_000;

    /// <summary>Most mergers in one province (each forms a distinct commune, so never more than <see cref="Communes"/>).</summary>
    public const int Mergers = 1_000;

    /// <summary>Most old communes merged into one new commune.</summary>
    public const int PredecessorsPerMerger = 50;

    /// <summary>Longest province or commune name, in characters.</summary>
    public const int NameLength = 100;

    /// <summary>Longest legal basis of a merger, in characters ("Nghị quyết 1681/NQ-UBTVQH15 ngày …").</summary>
    public const int LegalBasisLength = 500;

    /// <summary>How many offending names a sentence quotes before it only counts the rest.</summary>
    private const int Quoted = 5;

    /// <summary>
    /// One Vietnamese sentence per limit <paramref name="document"/> is over; empty when it is
    /// within all of them. Counts are checked before anything is read entry by entry.
    /// </summary>
    public static IReadOnlyList<string> Exceeded(ProvinceUnits document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var over = new List<string>();
        var communes = document.Communes ?? [];
        var mergers = document.Mergers ?? [];
        if (communes.Count > Communes)
            over.Add($"Tỉnh có {VietnameseSize.Count(communes.Count)} xã, tối đa {VietnameseSize.Count(Communes)} xã (một tỉnh thường chỉ vài trăm xã).");
        if (mergers.Count > Mergers)
            over.Add($"Tài liệu có {VietnameseSize.Count(mergers.Count)} lần sáp nhập, tối đa {VietnameseSize.Count(Mergers)}.");
        if (over.Count > 0) return over;

        if ((document.Name?.Trim().Length ?? 0) > NameLength)
            over.Add($"Tên tỉnh dài {document.Name!.Trim().Length} ký tự, tối đa {NameLength}.");
        var longNames = communes.Where(c => (c?.Name?.Trim().Length ?? 0) > NameLength).Select(c => c!.Id ?? "?").ToList();
        if (longNames.Count > 0)
            over.Add($"{VietnameseSize.Count(longNames.Count)} xã có tên dài quá {NameLength} ký tự: {Quote(longNames)}.");
        var crowded = mergers.Where(m => (m?.From?.Count ?? 0) > PredecessorsPerMerger).Select(m => m!.Into ?? "?").ToList();
        if (crowded.Count > 0)
            over.Add($"{VietnameseSize.Count(crowded.Count)} lần sáp nhập có quá {PredecessorsPerMerger} xã cũ: sáp nhập vào {Quote(crowded)}.");
        var longBases = mergers.Where(m => (m?.LegalBasis?.Trim().Length ?? 0) > LegalBasisLength).Select(m => m!.Into ?? "?").ToList();
        if (longBases.Count > 0)
            over.Add($"{VietnameseSize.Count(longBases.Count)} lần sáp nhập có căn cứ pháp lý dài quá {LegalBasisLength} ký tự: sáp nhập vào {Quote(longBases)}.");
        return over;
    }

    private static string Quote(List<string> ids)
    {
        var quoted = string.Join(", ", ids.Take(Quoted).Select(id => $"'{id}'"));
        return ids.Count > Quoted ? $"{quoted} và {VietnameseSize.Count(ids.Count - Quoted)} xã khác" : quoted;
    }
}
