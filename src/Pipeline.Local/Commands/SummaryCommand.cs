using System.Globalization;
using System.Text.Json;
using Pipeline.Core.Annexes;
using Pipeline.Core.Catalogue;
using Pipeline.Core.Consolidation;
using Pipeline.Core.Periods;
using Pipeline.Core.Reading;
using Pipeline.Core.Reporting;
using Pipeline.Core.Scoring;
using Pipeline.Core.Text;
using Pipeline.Core.Units;

namespace Pipeline.Local.Commands;

/// <summary>
/// `summary FILE...`: the consolidated view of a merged commune, offline, with the same Core
/// code the hosts run. Each results annex is a predecessor (named by its title rows); a
/// targets-only annex is the new commune's first-term targets. With --registry and --merged,
/// the predecessors are the merger's, and one without a file shows as missing.
/// </summary>
public static class SummaryCommand
{
    public static int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        var options = SummaryOptions.Parse(args, out var error);
        if (options is null) return CommandLine.Fail(stderr, error!);

        if (CommandLine.LoadCatalogue(options.Catalogues, stderr) is not { } catalogue) return ExitCodes.Usage;
        CommuneRegistry? registry = null;
        try
        {
            if (options.Registry is not null) registry = CommuneRegistry.LoadFile(options.Registry);
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException)
        {
            return CommandLine.Fail(stderr, ex.Message);
        }

        var files = new List<FileReport>();
        foreach (var file in options.Files)
        {
            try
            {
                using var stream = File.OpenRead(file);
                files.Add(AnnexReports.ForFile(file, ScoredWorkbook.From(stream, AnnexReadOptions.Default, catalogue)));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                stderr.WriteLine($"error: cannot open '{file}': {ex.Message}");
                return ExitCodes.Usage;
            }
        }
        foreach (var refused in files.Where(f => f.Error is not null))
            stderr.WriteLine($"{refused.File}: REFUSED ({refused.Error!.Code}): {refused.Error.Message}");

        // Consolidation is of whole terms: a yearly annex (bo-sinh-2026-results.xlsx) is `progress`'s, not a predecessor.
        var annexes = files.SelectMany(f => f.Annexes.Where(a => a.Period is null or { Kind: PeriodKind.Term } && a.HalfYear is null).Select(a => (f.File, Annex: a))).ToArray();
        var results = annexes.Where(a => a.Annex.Kind == AnnexKind.Results).ToArray();
        var targets = annexes.Where(a => a.Annex.Kind == AnnexKind.TargetsOnly).Select(a => a.Annex).ToArray();
        var newTerm = targets.Length == 0 ? NewTermAnnexes.None : new NewTermAnnexes(AnnexSource.FromFiles(annexes.Where(a => a.Annex.Kind == AnnexKind.TargetsOnly).Select(a => a.File)), targets);

        Merger merger;
        string communeName;
        List<PredecessorAnnexes> predecessors;
        if (registry is not null)
        {
            if (!CommuneId.TryParse(options.Merged, out var id) || registry.FormedBy(id.Value) is not { } found)
                return CommandLine.Fail(stderr, $"--merged '{options.Merged}' is not a commune formed by a merger in {options.Registry}.");
            merger = found;
            communeName = registry.Find(id.Value)?.Name ?? id.Value.Commune;
            predecessors = found.From.Select(p => ByName(p.ToString(), registry.Find(p)?.Name ?? p.Commune, results)).ToList();
            foreach (var (file, annex) in results.Where(r => predecessors.All(p => p.Source?.IsFile(r.File) != true)))
            {
                var used = predecessors.FirstOrDefault(p => annex.Commune is { Length: > 0 } titled && AnnexTitleCheck.Names(titled, p.Name));
                stderr.WriteLine(used is null
                    ? $"{file}: commune '{annex.Commune}' is not a predecessor of {communeName}; left out."
                    : $"{file}: a second results annex for {used.Name}; left out ({used.Source} is used).");
            }
        }
        else
        {
            var term = results.Select(r => r.Annex.Term).FirstOrDefault(Term.IsValid) is { } read ? Term.Parse(read) : Term.Ending(DateTime.UtcNow.Year);
            communeName = options.Name ?? "Xã sau sáp nhập";
            predecessors = [];
            foreach (var (file, annex) in results)
            {
                var name = annex.Commune ?? Path.GetFileNameWithoutExtension(file);
                // One annex per commune: the same annex in two formats (samples/ and samples/legacy/) counts once.
                if (predecessors.FirstOrDefault(p => p.Name == name) is { } first)
                {
                    stderr.WriteLine($"{file}: a second results annex for {name}; left out ({first.Source} is used).");
                    continue;
                }
                predecessors.Add(new PredecessorAnnexes(Slug(name), name, AnnexSource.FromFiles([file]), null, [annex]));
            }
            // No registry: a merger that takes effect as the predecessors' term ends.
            merger = new Merger(new CommuneId("offline", Slug(communeName)), predecessors.Select(p => new CommuneId("offline", p.Commune)).ToArray(),
                new DateOnly(term.EndYear, 1, 1), "");
        }
        if (predecessors.Count == 0) return CommandLine.Fail(stderr, "No results annex among the files: nothing to consolidate.");

        var summary = MergedCommuneConsolidator.Consolidate(merger, communeName, predecessors, newTerm, catalogue, DateTimeOffset.UtcNow);
        if (options.Json) stdout.WriteLine(JsonSerializer.Serialize(summary, ReportJson.Options));
        else MergedSummaryWriter.Write(summary, stdout);
        return files.Any(f => f.Error is not null) ? ExitCodes.Refused : ExitCodes.Success;
    }

    /// <summary>The results annex whose title names the predecessor ("Bó Sinh" names "Bó Sinh (cũ)"), as uploads are checked.</summary>
    private static PredecessorAnnexes ByName(string commune, string name, IReadOnlyList<(string File, AnnexReport Annex)> results)
    {
        var match = results.FirstOrDefault(r => r.Annex.Commune is { Length: > 0 } titled && AnnexTitleCheck.Names(titled, name));
        return match.Annex is null
            ? PredecessorAnnexes.MissingFor(commune, name)
            : new PredecessorAnnexes(commune, name, AnnexSource.FromFiles([match.File]), null, [match.Annex]);
    }

    private static string Slug(string name) =>
        string.Join('-', VietnameseText.Fold(name).Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => new string(w.Where(char.IsAsciiLetterOrDigit).ToArray())).Where(w => w.Length > 0))
            is { Length: > 0 } slug ? slug : "xa";

    internal static string Number(decimal? value) => value?.ToString("0.##", CultureInfo.InvariantCulture) ?? "";
}
