using System.Diagnostics.CodeAnalysis;

namespace Pipeline.Core.Units;

/// <summary>
/// A province's stable id, its slug: "son-la" — lower-case ASCII letters and digits in words
/// joined by "-", at most 64 characters (the slug rule of <see cref="CommuneId.IsSlug"/>).
/// </summary>
public readonly record struct ProvinceId(string Value)
{
    /// <summary>Reads a province slug; false for anything else (no trimming).</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out ProvinceId id)
    {
        id = CommuneId.IsSlug(text) ? new ProvinceId(text!) : default;
        return id.Value is not null;
    }

    /// <summary>Whether <paramref name="text"/> is a province id, as <see cref="TryParse"/> decides.</summary>
    public static bool IsValid([NotNullWhen(true)] string? text) => TryParse(text, out _);

    /// <summary>The slug itself.</summary>
    public override string ToString() => Value;
}
