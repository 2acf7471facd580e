using System.Globalization;
using Pipeline.Core.Annexes;
using Pipeline.Core.Catalogue;
using Pipeline.Core.Scoring;
using Pipeline.Core.Text;
using Pipeline.Core.Values;

namespace Pipeline.Core.Narrative;

/// <summary>
/// Checks what a report's text says against its own tables (docs/reading-and-scoring.md, "The report's
/// narrative"): per section, the commune its opening names, the count adopted and the stated tally against
/// the annex of the heading's commune; per statement, each stated target, result and percent and the stated
/// verdict against the row it is linked to (<see cref="StatementLinker"/>), within <see cref="NarrativeTolerances"/>.
/// Tallies and verdicts are compared with the table's own verdicts; the verdicts its figures give say which
/// side to correct (<see cref="CorrectionSide"/>), and where a row has no verdict the figures' is compared.
/// A table whose verdicts its figures contradict is the scorer's finding, not the text's. Unlinked statements
/// are kept and not checked. Pure: the same text, annexes and catalogue always give the same findings.
/// </summary>
public static class NarrativeChecker
{
    /// <summary>Reads <paramref name="paragraphs"/> and checks them against <paramref name="annexes"/> (a file's, or the commune's uploads for the term).</summary>
    public static CheckedNarrative Check(IEnumerable<string> paragraphs, IReadOnlyList<ScoredAnnex> annexes, IndicatorCatalogue catalogue, NarrativeLimits? limits = null) =>
        Check(NarrativeReader.Read(paragraphs, limits), annexes, catalogue);

    public static CheckedNarrative Check(NarrativeRead read, IReadOnlyList<ScoredAnnex> annexes, IndicatorCatalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(read);
        ArgumentNullException.ThrowIfNull(annexes);
        ArgumentNullException.ThrowIfNull(catalogue);
        var sections = new List<CheckedSection>();
        var findings = new List<NarrativeFinding>();
        foreach (var section in read.Sections)
        {
            var candidates = StatementLinker.AnnexesOf(section.Commune, annexes);
            var annex = candidates.Count == 1 ? candidates[0] : null;
            var statements = section.Statements.Select(s => LinkStatement(s, annex, catalogue)).ToArray();
            sections.Add(new CheckedSection(section, annex, statements));
            findings.AddRange(SectionFindings(section, annex, candidates));
            foreach (var statement in statements) findings.AddRange(StatementFindings(section, annex, statement));
        }
        if (read.Sections.Count == 0) findings.Add(NoSections);
        return new CheckedNarrative(sections, findings, read.Truncated);
    }

    /// <summary>The notice of a text with no section read: an empty report must not read as one that agrees.</summary>
    private static NarrativeFinding NoSections { get; } = new(NarrativeFindingCode.NoSections, FindingSeverity.Warning, string.Empty,
        string.Empty, null, null, null, CorrectionSide.Text,
        "Không tìm thấy trong báo cáo mục nào dạng \"Đối với xã …\" mà hệ thống đọc được, nên chưa đối chiếu được lời văn của báo cáo với biểu. "
        + "Hãy kiểm tra báo cáo có các mục \"Đối với xã …\" và được gõ bằng phông chữ Unicode (như Times New Roman).",
        "No commune section (\"Đối với xã …\") was read in the text: nothing in it was checked against the tables.");

    private static CheckedStatement LinkStatement(TargetStatement statement, ScoredAnnex? annex, IndicatorCatalogue catalogue)
    {
        var link = StatementLinker.Link(statement.Lead, Chooser(statement.Claims.Count > 0 ? statement.Claims[0] : null), statement.Ordinal, annex, catalogue);
        var claims = statement.Claims.Select(claim =>
        {
            var own = StatementLinker.Link(claim.Words, Chooser(claim), statement.Ordinal, annex, catalogue);
            // A lone claim whose own words name nothing speaks of what the statement speaks of.
            return own.Basis == LinkBasis.NotInCatalogue && statement.Claims.Count == 1 ? link : own;
        }).ToArray();
        return new CheckedStatement(statement, link, claims);
    }

    /// <summary>
    /// The figure that chooses among clauses naming several indicators: the last target figure stated, the one
    /// beside "kết quả" ("Tỷ lệ trẻ em dưới 01 tuổi … 100%. Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng 12%" → 12).
    /// </summary>
    private static IReadOnlyList<decimal>? Chooser(StatedClaim? claim) =>
        claim?.Target is { Parts.Count: > 0 } target ? [target.Parts[^1]] : null;

    private static IEnumerable<NarrativeFinding> SectionFindings(NarrativeSection section, ScoredAnnex? annex, IReadOnlyList<ScoredAnnex> candidates)
    {
        var commune = section.Commune;
        var opening = section.Opening;
        if (opening?.Commune is { } named && VietnameseText.Fold(named) != VietnameseText.Fold(commune))
        {
            yield return new NarrativeFinding(NarrativeFindingCode.OpeningNamesOtherCommune, FindingSeverity.Error, commune,
                Excerpt.Of(opening.Text), annex?.Annex.Sheet, null, null, CorrectionSide.Text,
                $"Mục \"{Excerpt.Of(section.Heading.Text)}\" nói về xã {commune} nhưng câu mở đầu lại ghi \"Đảng bộ xã {Excerpt.Of(named)}\". Sửa tên xã trong báo cáo cho đúng.",
                $"The section headed for {commune} opens by naming the congress of {Excerpt.Of(named)}.");
        }
        if (candidates.Count > 1)
        {
            var tables = candidates.Select(c => Excerpt.Of(c.Annex.Sheet)).ToArray();
            yield return new NarrativeFinding(NarrativeFindingCode.SectionWithSeveralAnnexes, FindingSeverity.Warning, commune,
                Excerpt.Of(section.Heading.Text), null, null, null, CorrectionSide.Table,
                $"Có {tables.Length} biểu cùng ghi xã {commune} ({string.Join(", ", tables[..^1])} và {tables[^1]}), nên chưa đối chiếu mục \"{Excerpt.Of(section.Heading.Text)}\" với biểu nào. "
                + "Hãy kiểm tra lại tên xã trên từng biểu (có thể một biểu bị chép thừa hoặc ghi nhầm tên xã).",
                $"{tables.Length} results annexes name {commune} ({string.Join(", ", tables)}): the section was checked against none of them.");
            yield break;
        }
        if (annex is null)
        {
            yield return new NarrativeFinding(NarrativeFindingCode.SectionWithoutAnnex, FindingSeverity.Info, commune,
                Excerpt.Of(section.Heading.Text), null, null, null, CorrectionSide.Table,
                $"Không tìm thấy biểu kết quả của xã {commune} để đối chiếu với mục \"{Excerpt.Of(section.Heading.Text)}\". Hãy tải lên biểu của xã (hoặc kiểm tra tên xã trên tiêu đề biểu).",
                $"No results annex of {commune} among the annexes to check the section against.");
            yield break;
        }
        var sheet = annex.Annex.Sheet;
        var rows = annex.Targets.Count;
        if (opening is { Adopted: { } adopted, AdoptedQuote: { } adoptedQuote } && adopted != rows)
        {
            yield return new NarrativeFinding(NarrativeFindingCode.AdoptedCountMismatch, FindingSeverity.Warning, commune,
                Excerpt.Of(adoptedQuote), sheet, null, null, CorrectionSide.Either,
                $"Báo cáo ghi xã {commune} \"{Excerpt.Of(adoptedQuote)}\" nhưng biểu có {rows} chỉ tiêu. Đối chiếu Nghị quyết rồi sửa báo cáo hoặc biểu cho khớp.",
                $"The text says {adopted} targets were adopted; the annex on sheet '{Excerpt.Of(sheet)}' has {rows} rows.");
        }
        if (opening?.Tally is not { } tally) yield break;

        if (opening.Adopted is { } total && tally.Total is { } sum && sum != total)
        {
            yield return new NarrativeFinding(NarrativeFindingCode.TallyDoesNotAddUp, FindingSeverity.Warning, commune,
                Excerpt.Of(tally.Quote), sheet, null, null, CorrectionSide.Text,
                $"Báo cáo ghi xã {commune} thông qua {total} chỉ tiêu nhưng \"{Excerpt.Of(tally.Quote)}\" cộng lại được {sum} chỉ tiêu. Sửa số liệu trong báo cáo cho đủ.",
                $"The stated tally adds up to {sum}, not the {total} targets adopted.");
        }

        var table = StatusCounts.Of(annex.Targets.Select(t => t.Row.ReportedStatus));
        // The figures' verdicts; a qualitative row has none, so the commune's own verdict stands for it (as in the scorer's counts).
        var computed = StatusCounts.Of(annex.Targets.Select(t => t.Qualitative ? t.Row.ReportedStatus : t.Status));
        // Text against table: a table whose own verdicts its figures contradict is the scorer's finding on each row, not the text's.
        if (tally.AgreesWith(table)) yield break;
        var correct = SameCounts(table, computed) ? CorrectionSide.Text : tally.AgreesWith(computed) ? CorrectionSide.Table : CorrectionSide.Both;
        yield return new NarrativeFinding(NarrativeFindingCode.StatedTallyMismatch, FindingSeverity.Error, commune,
            Excerpt.Of(tally.Quote), sheet, null, null, correct,
            $"Báo cáo ghi xã {commune} \"{Excerpt.Of(tally.Quote)}\" ({Counts(tally)}) nhưng biểu ghi đánh giá {Counts(table)} và tính lại từ số liệu của biểu được {Counts(computed)}. {Advice(correct)}",
            $"Stated tally {tally.Exceeded}/{tally.Met}/{tally.NotMet} (exceeded/met/not met), {tally.MetOrExceeded} met or exceeded; the table's verdicts {table.Exceeded}/{table.Met}/{table.NotMet}; the figures give {computed.Exceeded}/{computed.Met}/{computed.NotMet}.");
    }

    private static IEnumerable<NarrativeFinding> StatementFindings(NarrativeSection section, ScoredAnnex? annex, CheckedStatement check)
    {
        var statement = check.Statement;
        var commune = section.Commune;
        for (var i = 0; i < statement.Claims.Count; i++)
        {
            var claim = statement.Claims[i];
            if (check.ClaimLinks[i] is not { Target: { } target } link || target.Qualitative) continue;
            var row = Reference(annex!, target);
            var part = link.Part;
            var rowTarget = target.Row.Target.Parts;
            var rowResult = target.Row.Actual.Parts;
            // "3/3 thôn", "25/27 bản" against a row of percents: a count of a whole, compared as its share (3 of 3 is 100%),
            // never as a result over a target of 3. A pair that is not the row's result over its target is a share when it
            // reads as the row's result in percent, or the row is in percent and the pair's whole is not its target.
            var rowInPercent = UnitNames.IsPercent(target.Row.Unit) || target.Row.Target.Text.Contains('%', StringComparison.Ordinal)
                || (rowTarget.Count == 1 && rowTarget[0] == 100m);
            decimal? share = claim.Result is { Whole: { } whole, Parts: [var count] } && part is null && rowResult.Count == 1 && rowTarget.Count == 1
                && !(NarrativeTolerances.SameFigure(count, rowResult[0]) && NarrativeTolerances.SameFigure(whole, rowTarget[0]))
                && (NarrativeTolerances.SamePercent(count * 100m / whole, rowResult[0]) || (rowInPercent && !NarrativeTolerances.SameFigure(whole, rowTarget[0])))
                ? count * 100m / whole : null;
            if (share is null && !claim.TargetMayBeWhole && claim.Target is { } statedTarget && !SameFigures(statedTarget.Parts, rowTarget, part))
                yield return Figure(NarrativeFindingCode.StatedTargetMismatch, "chỉ tiêu", "target", statedTarget, target.Row.Target, claim, row, statement, commune);
            if (claim.Result is { } statedResult && (share is { } ofWhole ? !NarrativeTolerances.SamePercent(ofWhole, rowResult[0]) : !SameFigures(statedResult.Parts, rowResult, part)))
                yield return Figure(NarrativeFindingCode.StatedResultMismatch, "kết quả", "result", statedResult, target.Row.Actual, claim, row, statement, commune);
            var ratio = part is { } p ? (p < target.PartRatios.Count ? target.PartRatios[p] : null)
                : target.PartRatios.Count == 1 ? target.Ratio : null;
            // "vượt 5,2% so với chỉ tiêu": 105,2% of the target, or, for a target in percent, 5,2 points above it.
            var pointsAbove = rowTarget.Count == 1 && rowResult.Count == 1 && part is null ? rowResult[0] - rowTarget[0] : (decimal?)null;
            if (claim.Excess is { } excess && ratio is { } over && !NarrativeTolerances.SameExcess(excess, over, pointsAbove))
            {
                yield return new NarrativeFinding(NarrativeFindingCode.StatedPercentMismatch, FindingSeverity.Warning, commune,
                    Excerpt.Of(claim.Quote), row.Sheet, row, statement.Ordinal, CorrectionSide.Text,
                    $"Báo cáo ghi \"{Excerpt.Of(claim.Quote)}\" (vượt {VietnameseNumber.Format(excess)}%) nhưng theo biểu, chỉ tiêu số {Excerpt.Of(row.Ordinal)} \"{Excerpt.Of(row.Indicator)}\" (chỉ tiêu {Excerpt.Of(target.Row.Target.Text)}, kết quả {Excerpt.Of(target.Row.Actual.Text)}), tỷ lệ đạt là {VietnameseNumber.Format(over)}%. {Advice(CorrectionSide.Text)}",
                    string.Create(CultureInfo.InvariantCulture, $"Statement {statement.Ordinal}: stated {excess}% beyond the target; row {row.SourceRow} of sheet '{Excerpt.Of(row.Sheet)}' computes to {Math.Round(over, 2)}%."));
            }
            // "5/6 trường, đạt 83,3%" against a row of percents: the percent is the share's, not of the target.
            var shareOwn = share is { } ofAll && claim.Percent is { } sharePercent && NarrativeTolerances.SamePercent(sharePercent, ofAll);
            if (!shareOwn && claim.Percent is { } percent && ratio is { } computed && !NarrativeTolerances.SamePercent(percent, computed))
            {
                var flips = percent >= 100m != computed >= 100m;
                yield return new NarrativeFinding(NarrativeFindingCode.StatedPercentMismatch, flips ? FindingSeverity.Error : FindingSeverity.Warning, commune,
                    Excerpt.Of(claim.Quote), row.Sheet, row, statement.Ordinal, CorrectionSide.Text,
                    $"Báo cáo ghi \"{Excerpt.Of(claim.Quote)}\" (đạt {VietnameseNumber.Format(percent)}%) nhưng theo biểu, chỉ tiêu số {Excerpt.Of(row.Ordinal)} \"{Excerpt.Of(row.Indicator)}\" (chỉ tiêu {Excerpt.Of(target.Row.Target.Text)}, kết quả {Excerpt.Of(target.Row.Actual.Text)}), tỷ lệ đạt là {VietnameseNumber.Format(computed)}%. {Advice(CorrectionSide.Text)}",
                    string.Create(CultureInfo.InvariantCulture, $"Statement {statement.Ordinal}: stated {percent}%; row {row.SourceRow} of sheet '{Excerpt.Of(row.Sheet)}' computes to {Math.Round(computed, 2)}%."));
            }
        }

        if (statement.Verdict is not { } stated || check.Link is not { Target: { } linked }) yield break;
        var tableVerdict = linked.Row.ReportedStatus;
        var figures = linked.Qualitative ? null : linked.Status;
        // Against the table's verdict; against the figures only where the table gives none (the scorer already
        // flags a table verdict its figures contradict).
        if (tableVerdict is { } t ? t == stated : figures is not { } f || f == stated) yield break;
        var correct = tableVerdict is null ? CorrectionSide.Text
            : figures is null ? CorrectionSide.Either
            : figures == tableVerdict ? CorrectionSide.Text
            : figures == stated ? CorrectionSide.Table
            : CorrectionSide.Both;
        // Met against not met, either way and on either side, is serious; exceeded against met is worth checking.
        var severe = (tableVerdict is { } tn && (stated == TargetStatus.NotMet) != (tn == TargetStatus.NotMet))
            || (figures is { } fn && (stated == TargetStatus.NotMet) != (fn == TargetStatus.NotMet));
        var reference = Reference(annex!, linked);
        var tableSays = tableVerdict is { } tv ? $"biểu đánh giá \"{Excerpt.Of(linked.Row.ReportedVerdict)}\" ({Vietnamese(tv)})" : "biểu không ghi đánh giá";
        var figuresSay = figures is { } fv ? $", theo số liệu (chỉ tiêu {Excerpt.Of(linked.Row.Target.Text)}, kết quả {Excerpt.Of(linked.Row.Actual.Text)}) là {Vietnamese(fv)}" : string.Empty;
        yield return new NarrativeFinding(NarrativeFindingCode.StatedVerdictMismatch, severe ? FindingSeverity.Error : FindingSeverity.Warning, commune,
            Excerpt.Of(statement.Text), reference.Sheet, reference, statement.Ordinal, correct,
            $"Báo cáo ghi chỉ tiêu {statement.Ordinal} \"{Excerpt.Of(statement.VerdictQuote ?? string.Empty)}\" nhưng ở chỉ tiêu số {Excerpt.Of(reference.Ordinal)} của biểu \"{Excerpt.Of(reference.Indicator)}\" {tableSays}{figuresSay}. {Advice(correct)}",
            $"Statement {statement.Ordinal}: stated '{stated}'; row {reference.SourceRow} of sheet '{Excerpt.Of(reference.Sheet)}': table '{tableVerdict?.ToString() ?? "none"}', figures '{figures?.ToString() ?? "none"}'.");
    }

    private static NarrativeFinding Figure(NarrativeFindingCode code, string whatVi, string whatEn, AnnexValue stated, AnnexValue table,
        StatedClaim claim, AnnexRowReference row, TargetStatement statement, string commune) =>
        new(code, FindingSeverity.Error, commune, Excerpt.Of(claim.Quote), row.Sheet, row, statement.Ordinal, CorrectionSide.Either,
            $"Báo cáo ghi {whatVi} {Join(stated)} (\"{Excerpt.Of(claim.Quote)}\") nhưng biểu ghi {whatVi} {Excerpt.Of(table.Text)} ở chỉ tiêu số {Excerpt.Of(row.Ordinal)} \"{Excerpt.Of(row.Indicator)}\". {Advice(CorrectionSide.Either)}",
            string.Create(CultureInfo.InvariantCulture, $"Statement {statement.Ordinal}: stated {whatEn} {string.Join("; ", stated.Parts)}; row {row.SourceRow} of sheet '{Excerpt.Of(row.Sheet)}' has '{Excerpt.Of(table.Text)}'."));

    /// <summary>
    /// Stated figures agree with a table's when, written as many, each equals its own (a composite "35 … 100%"
    /// against "35 đảng viên và 100%", even where the words were linked through one part of it); otherwise, against
    /// the part the words name (<paramref name="part"/>) or the whole row, one stated figure at least must be one of the
    /// table's: the text does not say which of its figures is the row's ("điện 100%, truyền hình 95%, kết quả 100% và 97%"
    /// against a row of electricity alone, 100), so it disagrees only when none is ("… 100%. … suy dinh dưỡng 16,2%"
    /// against 16,5). Amounts agree as <see cref="NarrativeTolerances.SameAmount"/> says. Nothing to compare is agreement.
    /// </summary>
    private static bool SameFigures(IReadOnlyList<decimal> stated, IReadOnlyList<decimal> row, int? part)
    {
        if (stated.Count > 1 && stated.Count == row.Count) return SameFigures(stated, row);
        return SameFigures(stated, PartOf(row, part));
    }

    private static bool SameFigures(IReadOnlyList<decimal> stated, IReadOnlyList<decimal> table)
    {
        if (stated.Count == 0 || table.Count == 0) return true;
        if (stated.Count == table.Count)
        {
            for (var i = 0; i < stated.Count; i++)
                if (!NarrativeTolerances.SameAmount(stated[i], table[i])) return false;
            return true;
        }
        return stated.Any(figure => table.Any(t => NarrativeTolerances.SameAmount(figure, t)));
    }

    private static IReadOnlyList<decimal> PartOf(IReadOnlyList<decimal> parts, int? part) =>
        part is { } p ? (p < parts.Count ? [parts[p]] : []) : parts;

    private static bool SameCounts(StatusCounts a, StatusCounts b) => a.Exceeded == b.Exceeded && a.Met == b.Met && a.NotMet == b.NotMet;

    private static AnnexRowReference Reference(ScoredAnnex annex, ScoredTarget target) =>
        new(Excerpt.Of(annex.Annex.Sheet), target.Row.SourceRow, Excerpt.Of(target.Row.Ordinal), Excerpt.Of(target.Row.Indicator), target.IndicatorCode);

    private static string Counts(StatusCounts counts) => Counts(counts.Exceeded, counts.Met, counts.NotMet, null, null);

    private static string Counts(StatedTally tally) => Counts(tally.Exceeded, tally.Met, tally.NotMet, tally.MetOrExceeded, tally.NearlyMet);

    private static string Counts(int? exceeded, int? met, int? notMet, int? metOrExceeded, int? nearlyMet)
    {
        var parts = new List<string>(5);
        if (metOrExceeded is { } b) parts.Add($"{b} đạt và vượt");
        if (exceeded is { } e) parts.Add($"{e} vượt");
        if (met is { } m) parts.Add($"{m} đạt");
        if (nearlyMet is { } c) parts.Add($"{c} cơ bản đạt");
        if (notMet is { } n) parts.Add($"{n} không đạt");
        return string.Join(", ", parts);
    }

    /// <summary>"16,2", "100 – 16,2", "2/3" for a count of a whole.</summary>
    private static string Join(AnnexValue value) =>
        value is { Whole: { } whole, Parts: [var count] } ? $"{VietnameseNumber.Format(count)}/{VietnameseNumber.Format(whole)}"
        : string.Join(" – ", value.Parts.Select(p => VietnameseNumber.Format(p)));

    private static string Advice(CorrectionSide side) => side switch
    {
        CorrectionSide.Text => "Biểu và số liệu khớp nhau: sửa báo cáo cho khớp với biểu.",
        CorrectionSide.Table => "Báo cáo khớp với số liệu: sửa đánh giá trong biểu.",
        CorrectionSide.Both => "Số liệu không cho kết quả như báo cáo lẫn biểu: sửa cả đánh giá trong biểu và báo cáo theo số liệu.",
        _ => "Đối chiếu số liệu gốc rồi sửa báo cáo hoặc biểu cho khớp nhau.",
    };

    private static string Vietnamese(TargetStatus status) => status switch
    {
        TargetStatus.Exceeded => "vượt",
        TargetStatus.Met => "đạt",
        _ => "không đạt",
    };
}
