using Pipeline.Core.Units;

namespace Pipeline.Storage.Uploads;

/// <summary>The annexes of a report sent on to another commune or term, as the report's record lists them (<see cref="UploadRecord.Parts"/>).</summary>
/// <param name="UploadId">The part's own upload (<see cref="Core.Units.UploadId.PartOf"/>).</param>
/// <param name="Commune">Whose annexes they are.</param>
/// <param name="Term">The term they are for.</param>
/// <param name="AnnexCount">How many of the report's annexes it holds.</param>
public sealed record UploadPart(string UploadId, CommuneId Commune, string Term, int AnnexCount);
