using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text;

namespace Pipeline.Core.Units;

/// <summary>
/// An upload's id, "20261129T014501123-3f9a1c2e": the time it was received (UTC, to the
/// millisecond), "-", eight random hex digits — so ids sort by arrival. The constructor takes
/// the text as it is; <see cref="TryParse"/> is where text from outside is checked.
/// </summary>
public readonly record struct UploadId(string Value)
{
    /// <summary>The largest arrival sequence <see cref="New(DateTimeOffset, int)"/> takes.</summary>
    public const int MaxSequence = TimeOrderedId.MaxSequence;

    /// <summary>
    /// A new id for the upload received <paramref name="sequence"/>th (from 0) in the millisecond of <paramref name="receivedAt"/>:
    /// "20261129T014501123-0001a7c2", the sequence in the four hex digits after "-" — uploads received in one millisecond sort
    /// by arrival, so "newest" (the summary's, the listings') is the last to arrive. Four random hex digits follow.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="sequence"/> is outside 0 … <see cref="MaxSequence"/>.</exception>
    public static UploadId New(DateTimeOffset receivedAt, int sequence) => new(TimeOrderedId.New(receivedAt, sequence));

    /// <summary>
    /// The id of the upload a report's annexes of another commune or term become (Reading.AnnexAttribution): the report's
    /// time and arrival sequence (its first four hex digits after "-"), and four hex digits of a hash of the report's id,
    /// the commune and the term — the same every time, so the parse step run again finds the part it made rather than
    /// making another; and parts of reports received in one millisecond sort as their reports arrived.
    /// </summary>
    public static UploadId PartOf(UploadId report, CommuneId commune, string term)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{report.Value}|{commune}|{term}"));
        return new UploadId(string.Concat(report.Value.AsSpan(0, 23), Convert.ToHexStringLower(hash.AsSpan(0, 2))));
    }

    /// <summary>Reads an upload id; false for text of any other shape.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out UploadId id)
    {
        id = TimeOrderedId.IsValid(text) ? new UploadId(text!) : default;
        return id.Value is not null;
    }

    /// <summary>Whether <paramref name="text"/> is an upload id, as <see cref="TryParse"/> decides.</summary>
    public static bool IsValid([NotNullWhen(true)] string? text) => TryParse(text, out _);

    /// <summary>The id as written.</summary>
    public override string ToString() => Value;
}
