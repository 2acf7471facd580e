using Pipeline.Core.Units;

namespace Pipeline.Storage.Uploads;

/// <summary>An annex whose titles name another commune than the held upload's (<see cref="ForeignAnnexes"/>).</summary>
/// <param name="Sheet">Where it is ("Bảng 2": a Word report's table, a workbook's sheet).</param>
/// <param name="Commune">The commune its titles name, as written ("Chiềng En").</param>
/// <param name="Term">The term its titles name, else the upload's.</param>
/// <param name="SpokenFor">That commune when the confirming officer speaks for it and it existed for the term (they may send it themselves); null otherwise.</param>
public sealed record ForeignAnnex(string Sheet, string Commune, string Term, CommuneId? SpokenFor);
