using Pipeline.Core.Annexes;

namespace Pipeline.Core.Reading;

/// <summary>One annex table once all its rows are read: the final column map, the target rows, and the columns left unplaced.</summary>
/// <param name="Map">The header's placements plus those its columns' content added.</param>
/// <param name="Rows">Target rows, with the columns placed by content filled in.</param>
/// <param name="UnplacedColumns">Columns inside the table that were not read, left to right.</param>
internal sealed record TableRead(ColumnMap Map, IReadOnlyList<AnnexRow> Rows, IReadOnlyList<UnplacedColumn> UnplacedColumns);
