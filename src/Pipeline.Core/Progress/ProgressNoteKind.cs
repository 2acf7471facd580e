using System.Text.Json.Serialization;
using Pipeline.Core.Reporting;

namespace Pipeline.Core.Progress;

/// <summary>
/// Why a year's figure stands beside a part of the term's composite target without a value (<see cref="ProgressNote"/>).
/// Wire strings "partsAmbiguous", "partsUnmatched".
/// </summary>
[JsonConverter(typeof(CamelCaseEnumConverter<ProgressNoteKind>))]
public enum ProgressNoteKind
{
    /// <summary>The year's figures fit more than one part and nothing settles which (<see cref="PairingBasis.Ambiguous"/>).</summary>
    PartsAmbiguous,

    /// <summary>The year's figures fit no part: another unit, or more figures than parts (<see cref="PairingBasis.NoFit"/>).</summary>
    PartsUnmatched,
}
