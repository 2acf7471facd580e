using System.Diagnostics.CodeAnalysis;
using Pipeline.Core.Reading;
using Pipeline.Core.Units;

namespace Pipeline.Storage.Uploads;

/// <summary>
/// The name of an upload's original inside the annexes container,
/// "{province}/{commune}/{term}/{uploadId}.{ext}" ("son-la/pu-bau/2020-2025/20261129T014501123-3f9a1c2e.xlsx"),
/// the extension being what the bytes are (<see cref="ExtensionFor"/>), not what the clerk's
/// file was called. Written when an upload is received, read back by the parse step's trigger.
/// </summary>
public sealed record OriginalBlobName(CommuneId Commune, Term Term, UploadId UploadId, string Extension)
{
    /// <summary>The extension an original of <paramref name="kind"/> is stored under: "xlsx", "xls", "docx" and "pdf" for reports, or "bin" for anything else.</summary>
    public static string ExtensionFor(FileKind kind) => kind switch
    {
        FileKind.Zip => "xlsx",
        FileKind.WordDocument => "docx",
        FileKind.Pdf => "pdf",
        FileKind.CompoundFile or FileKind.RawBiff => "xls",
        _ => "bin",
    };

    /// <summary>
    /// Reads a blob name back; false for anything the upload step would not have written: not
    /// four segments, a bad commune id, term or upload id, or another extension than
    /// <see cref="ExtensionFor"/> gives.
    /// </summary>
    public static bool TryParse([NotNullWhen(true)] string? name, [NotNullWhen(true)] out OriginalBlobName? blobName)
    {
        blobName = null;
        var segments = name?.Split('/') ?? [];
        if (segments.Length != 4) return false;
        var dot = segments[3].LastIndexOf('.');
        if (dot < 0) return false;
        var extension = segments[3][(dot + 1)..];
        if (!CommuneId.TryParse($"{segments[0]}/{segments[1]}", out var commune) || !Term.TryParse(segments[2], out var term) ||
            !UploadId.TryParse(segments[3][..dot], out var uploadId) || extension is not ("xlsx" or "xls" or "docx" or "pdf" or "bin"))
            return false;
        blobName = new OriginalBlobName(commune.Value, term, uploadId, extension);
        return true;
    }

    /// <summary>Whether the original is a Word report (<see cref="FileKind.WordDocument"/>): its annexes go to the communes their titles name.</summary>
    public bool IsReport => Extension == "docx";

    /// <summary>Whether the original is a PDF report: its text is read, not its tables, and checked against the communes' current annexes.</summary>
    public bool IsPdf => Extension == "pdf";

    /// <summary>"{province}/{commune}/{term}/{uploadId}.{ext}".</summary>
    public override string ToString() => $"{Commune.Province}/{Commune.Commune}/{Term}/{UploadId}.{Extension}";
}
