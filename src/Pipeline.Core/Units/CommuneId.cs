using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace Pipeline.Core.Units;

/// <summary>A commune's stable id: its province slug and its own slug, written "son-la/chieng-en".</summary>
public readonly partial record struct CommuneId(string Province, string Commune)
{
    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex Slug();

    public static bool IsSlug(string? text) => text is { Length: > 0 and <= 64 } && Slug().IsMatch(text);

    public static bool TryParse(string? text, [NotNullWhen(true)] out CommuneId? id)
    {
        id = null;
        var parts = text?.Split('/') ?? [];
        if (parts.Length != 2 || !IsSlug(parts[0]) || !IsSlug(parts[1])) return false;
        id = new CommuneId(parts[0], parts[1]);
        return true;
    }

    public override string ToString() => $"{Province}/{Commune}";
}
