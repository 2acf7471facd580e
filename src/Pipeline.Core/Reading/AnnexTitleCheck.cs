using System.Text.RegularExpressions;
using Pipeline.Core.Annexes;
using Pipeline.Core.Text;

namespace Pipeline.Core.Reading;

/// <summary>
/// Compares what an annex's title rows say (commune, term) with what the clerk chose when
/// uploading it. A mismatch is not a reason to refuse — titles vary, and the clerk of a merged
/// commune sends its predecessors' annexes — but sending Pú Bẩu's annex as Chiềng En's would
/// silently mix two communes' figures: the clerk is told, and when the titles name another
/// registered commune or another term the upload is held until confirmed (<see cref="Holds"/>). Pure.
/// </summary>
public static partial class AnnexTitleCheck
{
    // "Bó Sinh (cũ)": the registry's way to tell an old commune from the new one of the same name.
    [GeneratedRegex(@"\s*\([^)]*\)\s*$")]
    private static partial Regex Qualifier();

    /// <summary>Whether a title's commune ("Bó Sinh") names a registered commune ("Bó Sinh (cũ)"): case, diacritics' form and the qualifier aside.</summary>
    public static bool Names(string titled, string registeredName)
    {
        ArgumentNullException.ThrowIfNull(titled);
        ArgumentNullException.ThrowIfNull(registeredName);
        return VietnameseText.Fold(titled) == VietnameseText.Fold(Qualifier().Replace(registeredName, ""));
    }

    // What the sheet says: its titles as read; an annex without them (read before they were kept) by its own fields.
    private static (string? Commune, string? Term) TitlesOf(Annex annex) =>
        annex.Titled is { } titled ? (titled.Commune, titled.Term) : (annex.Commune, annex.Term);

    /// <returns>One Vietnamese sentence per mismatch, empty when the titles agree or say nothing.</returns>
    public static IReadOnlyList<string> Warnings(IReadOnlyList<Annex> annexes, string? communeName, string term)
    {
        ArgumentNullException.ThrowIfNull(annexes);
        var warnings = new List<string>();
        foreach (var annex in annexes)
        {
            var where = annexes.Count > 1 ? $"Biểu ở trang “{annex.Sheet}”" : "Biểu";
            var (titledCommune, titledTerm) = TitlesOf(annex);
            if (communeName is not null && titledCommune is { Length: > 0 } titled && !Names(titled, communeName))
                warnings.Add($"{where} ghi tên xã “{titled}” nhưng được nộp cho xã {communeName}. Nếu nhầm xã, hãy nộp lại và chọn đúng xã.");
            if (titledTerm is { Length: > 0 } && titledTerm != term)
                warnings.Add($"{where} ghi nhiệm kỳ {titledTerm} nhưng được nộp cho nhiệm kỳ {term}. Nếu nhầm, hãy nộp lại và chọn đúng nhiệm kỳ.");
        }
        return warnings;
    }

    /// <summary>
    /// True when the titles name another commune of <paramref name="registeredNames"/> than
    /// <paramref name="communeName"/>, or another term than <paramref name="term"/>: the upload must
    /// not replace the chosen commune's current annex before the clerk confirms it. A title naming no
    /// commune, or a commune the registry does not know, holds nothing.
    /// </summary>
    public static bool Holds(IReadOnlyList<Annex> annexes, string? communeName, string term, IEnumerable<string> registeredNames)
    {
        ArgumentNullException.ThrowIfNull(annexes);
        ArgumentNullException.ThrowIfNull(registeredNames);
        var others = registeredNames.Where(name => communeName is null || (!Names(name, communeName) && !Names(communeName, name))).ToArray();
        foreach (var annex in annexes)
        {
            var (titledCommune, titledTerm) = TitlesOf(annex);
            if (titledTerm is { Length: > 0 } && titledTerm != term) return true;
            if (communeName is not null && titledCommune is { Length: > 0 } titled && !Names(titled, communeName) && others.Any(other => Names(titled, other)))
                return true;
        }
        return false;
    }
}
