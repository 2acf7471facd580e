using Pipeline.Core.Narrative;
using Pipeline.Core.Periods;
using Pipeline.Core.Reading;
using Pipeline.Core.Reporting;
using Pipeline.Core.Scoring;
using Pipeline.Core.Units;
using Pipeline.Storage.Access;
using Pipeline.Storage.Catalogue;
using Pipeline.Storage.Queries;
using Pipeline.Storage.Review;
using Pipeline.Storage.Units;

namespace Pipeline.Storage.Uploads;

/// <summary>
/// Submitting an annex file — to upload it (POST /api/annexes) or only to check it
/// (POST /api/annexes/check) — with the one set of rules both follow: who may submit (access),
/// which commune and term it is for, whether the province has confirmed (locked) that commune's
/// annex for the term, how large it may be, and what its bytes are (file signature). An upload that passes is stored by <see cref="IUploadReceiver"/>; a check is read
/// and scored with the caller's province catalogue and nothing is stored.
/// </summary>
public sealed class AnnexSubmission(IUnitRegistry units, IUploadReceiver receiver, ICatalogueSource catalogues, IAnnexLocks locks, ReportAnnexes reportAnnexes)
{
    /// <summary>Largest file accepted: an annex weighs kilobytes. Published in GET /api/me as <c>maxUploadBytes</c>.</summary>
    public const long MaxUploadBytes = 5 * 1024 * 1024;

    /// <summary>The refusal of a file over <see cref="MaxUploadBytes"/>; <paramref name="bytes"/> its real size, or null when only "more than the limit" is known.</summary>
    public static SubmissionResult.Refused TooLarge(long? bytes) =>
        new(413, "too-large", Refusals.FileTooLarge(bytes, MaxUploadBytes).Message);

    /// <summary>
    /// Whether <paramref name="caller"/> may submit at all (signed in, their unit listed): null when
    /// so. Known before a host reads the body, so a refused key never sends 5 MB for nothing;
    /// <see cref="SubmitAsync"/> applies it again.
    /// </summary>
    public async Task<SubmissionResult.Refused?> AdmitAsync(Caller? caller, CancellationToken cancellationToken)
    {
        if (caller is null) return SubmissionResult.Refused.Denied(AccessDecision.Unauthenticated);
        var signIn = AccessPolicy.CanSignIn(caller, await units.CurrentAsync(cancellationToken).ConfigureAwait(false));
        return signIn.Allowed ? null : SubmissionResult.Refused.Denied(signIn);
    }

    /// <summary>Applies the rules in order and uploads or checks the file as <paramref name="mode"/> says.</summary>
    public async Task<SubmissionResult> SubmitAsync(SubmittedAnnex annex, SubmissionMode mode, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(annex);
        if (annex.Caller is not { } caller) return SubmissionResult.Refused.Denied(AccessDecision.Unauthenticated);
        var registry = await units.CurrentAsync(cancellationToken).ConfigureAwait(false);
        var signIn = AccessPolicy.CanSignIn(caller, registry);
        if (!signIn.Allowed) return SubmissionResult.Refused.Denied(signIn);
        return mode == SubmissionMode.Upload
            ? await UploadAsync(annex, caller, registry, cancellationToken).ConfigureAwait(false)
            : await CheckAsync(annex, caller, registry, cancellationToken).ConfigureAwait(false);
    }

    private async Task<SubmissionResult> UploadAsync(SubmittedAnnex annex, Caller caller, CommuneRegistry registry, CancellationToken cancellationToken)
    {
        if (!CommuneId.TryParse(annex.Commune, out var parsed))
            return new SubmissionResult.Refused(400, "invalid-commune", "Mã xã phải có dạng tỉnh/xã, ví dụ son-la/chieng-en.");
        var commune = parsed.Value;
        var decision = AccessPolicy.CanUpload(caller, commune, registry);
        if (!decision.Allowed) return SubmissionResult.Refused.Denied(decision);
        if (registry.Find(commune) is null)
            return new SubmissionResult.Refused(404, "unknown-commune", $"Không có xã '{commune}' trong danh mục đơn vị hành chính.");
        if (!Term.IsValid(annex.Term)) return new SubmissionResult.Refused(400, "invalid-term", "Nhiệm kỳ phải có dạng 2020-2025.");
        // A predecessor has no term after its merger, nor the new commune one before it: such an upload could only be misfiled.
        if (!registry.IsExpected(commune, annex.Term)) return NotATermOf(registry, commune, annex.Term);
        var (period, periodRefused) = ChosenPeriod(annex.Period, annex.Term);
        if (periodRefused is not null) return periodRefused;
        if (string.IsNullOrWhiteSpace(annex.FileName))
            return new SubmissionResult.Refused(400, "missing-file", "Hãy chọn tệp Excel biểu chỉ tiêu để tải lên.");
        // Confirmed means locked: refused before anything is stored. The score step checks again (an upload accepted just before a confirmation).
        // The lock is the whole-term annex's: a year's results (or the mid-term review) chosen as such go on arriving after it.
        var locked = period is null or { Kind: PeriodKind.Term } ? await locks.LockedAsync(commune, annex.Term!, cancellationToken).ConfigureAwait(false) : null;

        var (content, size) = await BufferAsync(annex.Content, cancellationToken).ConfigureAwait(false);
        if (content is null) return TooLarge(size);
        var kind = FileSignature.DetectUpload(content);
        if (locked is not null && !ReplacesNothing(content, kind, commune, annex.Term!, period, caller, registry))
            return new SubmissionResult.Refused(409, ReviewCodes.AnnexConfirmed, locked);
        // Not a workbook or a report by its bytes: kept, and said why at once; the parse step will leave it alone.
        var refusal = kind is FileKind.Zip or FileKind.WordDocument or FileKind.Pdf or FileKind.CompoundFile or FileKind.RawBiff ? null : AnnexReader.Read(new MemoryStream(content)).Error;
        var upload = await receiver.ReceiveAsync(new UploadRequest(commune, annex.Term, annex.FileName, caller.Name, content, kind, refusal, period, caller.Commune), cancellationToken).ConfigureAwait(false);
        return new SubmissionResult.Accepted(upload);
    }

    private async Task<SubmissionResult> CheckAsync(SubmittedAnnex annex, Caller caller, CommuneRegistry registry, CancellationToken cancellationToken)
    {
        // Commune and term only help reading here: one missing or malformed is left out, never refused.
        var communeName = CommuneId.TryParse(annex.Commune, out var commune) ? registry.Find(commune.Value)?.Name : null;
        var term = Term.IsValid(annex.Term) ? annex.Term : null;
        // A period sent is read as an upload's would be (refused when it is none, or a year of another term); missing, the file's own.
        var (period, periodRefused) = ChosenPeriod(annex.Period, term);
        if (periodRefused is not null) return periodRefused;
        // …except a term the commune did not exist for: the check says what the upload would, not "would be held".
        if (communeName is not null && term is not null && !registry.IsExpected(commune!.Value, term))
            return NotATermOf(registry, commune.Value, term);
        var (content, size) = await BufferAsync(annex.Content, cancellationToken).ConfigureAwait(false);
        if (content is null) return TooLarge(size);
        var catalogue = await catalogues.ForProvinceAsync(caller.Province, cancellationToken).ConfigureAwait(false);
        // A PDF report: its text against the current annexes of the communes it speaks of, as the upload would check it.
        if (FileSignature.Detect(content.AsSpan(0, Math.Min(content.Length, 4096))) == FileKind.Pdf)
        {
            var text = PdfReportReader.Read(new MemoryStream(content));
            var current = commune is { } sentFor && term is not null && text.Error is null
                ? await reportAnnexes.ForAsync(text.Paragraphs, sentFor, term, caller.Commune ?? sentFor, registry, catalogue, cancellationToken).ConfigureAwait(false)
                : [];
            return new SubmissionResult.Checked(AnnexReports.ForPdf(Path.GetFileName(annex.FileName), new MemoryStream(content), current, catalogue));
        }
        var options = new AnnexReadOptions(communeName, term) { Period = period };
        var read = AnnexReader.Read(new MemoryStream(content), options);
        // A report's annexes of other communes or terms go on as uploads of their own, as the upload would send them; the rest are the chosen commune's.
        var titles = read.Annexes;
        IReadOnlyList<PartReport>? parts = null;
        string[] doubts = [];
        if (term is not null && read.Error is null && commune is { } chosen && FileSignature.DetectUpload(content) == FileKind.WordDocument)
        {
            var split = AnnexAttribution.Split(titles, chosen, term, AccessPolicy.CommunesOf(caller.Commune ?? chosen, registry), registry);
            titles = split[0].Indexes.Select(i => read.Annexes[i]).ToArray();
            // What would hold the report or one of its parts (ReportAnnexCheck), said with the report's own warnings.
            doubts = split.SelectMany(p => ReportAnnexCheck.Warnings(p.Indexes.Select(i => read.Annexes[i]).ToArray(), read.Annexes,
                registry.Find(p.Commune)?.Name, p.Term)).ToArray();
            parts = split.Count > 1
                ? split.Skip(1).Select(p => new PartReport(p.Commune.ToString(), registry.Find(p.Commune)?.Name ?? p.Commune.Commune, p.Term,
                    p.Indexes.Select(i => read.Annexes[i].Sheet).ToArray())).ToArray()
                : null;
            // Each annex sent on is read, shown and checked against the text as its part will be: its commune's, its term's, its own period.
            read = read with { Annexes = AnnexesAsSent.Read(o => AnnexReader.Read(new MemoryStream(content), o), options, read.Annexes, split, registry) };
        }
        var workbook = new ScoredWorkbook(read, read.Annexes.Select(a => TargetScorer.Score(a, catalogue)).ToArray());
        var report = AnnexReports.ForFile(Path.GetFileName(annex.FileName), workbook, read.Narrative, catalogue);
        if (term is null || read.Error is not null) return new SubmissionResult.Checked(report);
        // The titles as written (kept on each annex read), against the commune and term chosen: what an upload would be held for, said first.
        var others = commune is { } id && registry.Province(id.Province) is { } province ? province.Communes.Select(c => c.Name) : [];
        var periodDecision = AnnexPeriodCheck.Decide(titles, period);
        var warnings = UploadWarnings.Of(titles, communeName, term, periodDecision, doubts);
        return new SubmissionResult.Checked(report with
        {
            TitleWarnings = warnings.Count > 0 ? warnings : null,
            WouldBeHeld = AnnexTitleCheck.Holds(titles, communeName, term, others) || periodDecision.Holds || doubts.Length > 0,
            Parts = parts,
        });
    }

    /// <summary>
    /// The period the clerk chose, or null when the field is missing or empty (the file's own is taken); refused 400
    /// <c>invalid-period</c> when it is no period, <c>period-not-of-term</c> for a year outside <paramref name="term"/> (when known).
    /// </summary>
    private static (ReportingPeriod? Period, SubmissionResult.Refused? Refused) ChosenPeriod(string? text, string? term)
    {
        if (string.IsNullOrWhiteSpace(text)) return (null, null);
        if (!ReportingPeriod.TryParse(text, out var period)) return (null, new SubmissionResult.Refused(400, "invalid-period", UploadMessages.InvalidPeriod));
        if (period.Year is { } year && Term.TryParse(term, out var known) && !period.IsYearOf(known))
            return (null, new SubmissionResult.Refused(400, "period-not-of-term", UploadMessages.PeriodNotOfTerm(year, known)));
        return (period, null);
    }

    private static SubmissionResult.Refused NotATermOf(CommuneRegistry registry, CommuneId commune, string term) =>
        new(400, "term-not-of-commune", UploadMessages.NotATermOf(registry, commune, term));

    /// <summary>
    /// Whether an upload of the file leaves the commune's (locked) whole-term annex alone: a PDF report (it carries no annex); a
    /// Word report all of whose annexes go on to other communes or terms (<see cref="AnnexAttribution"/>); with no period chosen, a
    /// file whose annexes are all a year's results or the mid-term review — anything else is the locked annex's replacement.
    /// </summary>
    private static bool ReplacesNothing(byte[] content, FileKind kind, CommuneId commune, string term, ReportingPeriod? period, Caller caller, CommuneRegistry registry)
    {
        if (kind == FileKind.Pdf) return true;
        var name = registry.Find(commune)?.Name;
        if (kind == FileKind.WordDocument)
        {
            var annexes = AnnexReader.Read(new MemoryStream(content), new AnnexReadOptions(name, term)).Annexes;
            if (annexes.Count > 0 && AnnexAttribution.Split(annexes, commune, term, AccessPolicy.CommunesOf(caller.Commune ?? commune, registry), registry)[0].Indexes.Count == 0)
                return true;
        }
        return period is null && IsOnlyPeriodsWithinTerm(content, name, term);
    }

    /// <summary>Whether every annex the file holds is for a year of the term or its mid-term review, as its titles and headers say.</summary>
    private static bool IsOnlyPeriodsWithinTerm(byte[] content, string? communeName, string term)
    {
        var annexes = AnnexReader.Read(new MemoryStream(content), new AnnexReadOptions(communeName, term)).Annexes;
        return annexes.Count > 0 && annexes.All(a => a.Period is { Kind: PeriodKind.Year or PeriodKind.MidTerm });
    }

    /// <summary>The file's bytes, or null and its real size when it is over <see cref="MaxUploadBytes"/>.</summary>
    private static async Task<(byte[]? Content, long Size)> BufferAsync(Stream content, CancellationToken cancellationToken)
    {
        if (content.CanSeek && content.Length - content.Position > MaxUploadBytes) return (null, content.Length - content.Position);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        long size = 0;
        int read;
        while ((read = await content.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            size += read;
            // Over the limit: stop keeping bytes, only count them, so the clerk reads the file's real size.
            if (size <= MaxUploadBytes) buffer.Write(chunk, 0, read);
        }
        return size > MaxUploadBytes ? (null, size) : (buffer.ToArray(), size);
    }
}
