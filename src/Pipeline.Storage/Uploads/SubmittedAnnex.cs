using Pipeline.Storage.Access;

namespace Pipeline.Storage.Uploads;

/// <summary>An annex file as a clerk sends it, with what they say it is; nothing here is checked yet.</summary>
/// <param name="Caller">Who sends it; null when no identity came with the request.</param>
/// <param name="Commune">The commune id as sent ("son-la/chieng-en"); for a check only a hint, and may be missing.</param>
/// <param name="Term">The term as sent ("2020-2025"); for a check only a hint, and may be missing.</param>
/// <param name="FileName">The file's name on the clerk's machine.</param>
/// <param name="Content">The file's bytes, read once.</param>
/// <param name="Period">The period as sent ("2026", "mid-term", "term"); optional: missing or empty, the file's own is taken.</param>
public sealed record SubmittedAnnex(Caller? Caller, string? Commune, string? Term, string FileName, Stream Content, string? Period = null);
