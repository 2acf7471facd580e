using Pipeline.Core.Periods;
using Pipeline.Core.Reading;
using Pipeline.Core.Units;

namespace Pipeline.Storage.Uploads;

/// <summary>An annex file that passed every rule of <see cref="AnnexSubmission"/>, ready to be stored.</summary>
/// <param name="Commune">A commune of the units the uploader may upload for.</param>
/// <param name="Term">A valid term ("2020-2025"), as the clerk wrote it.</param>
/// <param name="FileName">The file's name on the clerk's machine.</param>
/// <param name="Uploader">Who sent it.</param>
/// <param name="Content">The file's bytes, at most <see cref="AnnexSubmission.MaxUploadBytes"/>.</param>
/// <param name="Kind">What the bytes are by their signature: names the original's extension.</param>
/// <param name="Period">The period the clerk chose (the form's <c>period</c>), checked against the term; null when they chose none.</param>
/// <param name="Refusal">Why the bytes are no workbook, when they are not: the upload is then recorded rejected at once; null for a workbook.</param>
/// <param name="UploaderCommune">The commune of the officer who sent it: a report's annexes may go to the communes they speak for (Reading.AnnexAttribution).</param>
public sealed record UploadRequest(CommuneId Commune, string Term, string FileName, string Uploader, ReadOnlyMemory<byte> Content, FileKind Kind, ReadError? Refusal,
    ReportingPeriod? Period = null, CommuneId? UploaderCommune = null);
