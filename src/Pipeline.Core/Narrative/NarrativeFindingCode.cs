using System.Text.Json.Serialization;
using Pipeline.Core.Reporting;

namespace Pipeline.Core.Narrative;

/// <summary>
/// What the report's text says that its tables do not (docs/reading-and-scoring.md, "The report's narrative").
/// Wire strings in kebab-case ("stated-tally-mismatch"), like the scorer's finding codes.
/// </summary>
[JsonConverter(typeof(KebabCaseEnumConverter<NarrativeFindingCode>))]
public enum NarrativeFindingCode
{
    /// <summary>The tally the section states ("08 chỉ tiêu vượt, 12 chỉ tiêu đạt, 01 chỉ tiêu không đạt"; "đạt và vượt 20/21 chỉ tiêu" against exceeded + met) differs from the tally of the annex's verdicts (the verdicts its figures give say which side to correct).</summary>
    StatedTallyMismatch,

    /// <summary>The counts the section states do not add up to the number of targets it says were adopted (7 + 8 + 2 of 18).</summary>
    TallyDoesNotAddUp,

    /// <summary>The number of targets adopted ("nhất trí thông qua 21 chỉ tiêu") differs from the annex's rows.</summary>
    AdoptedCountMismatch,

    /// <summary>A target figure stated in the text ("133/30": 30) differs from the linked row's target (50).</summary>
    StatedTargetMismatch,

    /// <summary>A result stated in the text ("53 đảng viên") differs from the linked row's result (54).</summary>
    StatedResultMismatch,

    /// <summary>A percent stated in the text ("đạt 443,3%") differs from the ratio computed from the linked row; or an excess stated ("vượt 15% so với chỉ tiêu") is neither the ratio less 100 nor the result less the target.</summary>
    StatedPercentMismatch,

    /// <summary>A verdict stated in the text ("Vượt chỉ tiêu") differs from the linked row's verdict in the table (from the verdict its figures give where the table has none).</summary>
    StatedVerdictMismatch,

    /// <summary>The section's opening names another commune than its heading ("Đối với xã Bó Sinh cũ" / "Đại hội Đảng bộ xã Pú Bẩu cũ").</summary>
    OpeningNamesOtherCommune,

    /// <summary>No annex of the commune the section's heading names was found to check the section against.</summary>
    SectionWithoutAnnex,

    /// <summary>
    /// Several results annexes name the commune the section's heading names, for the same period (a "BIỂU SỐ" block copied
    /// twice, a title naming the wrong commune): the section was checked against none of them (StatementLinker.AnnexesOf).
    /// </summary>
    SectionWithSeveralAnnexes,

    /// <summary>
    /// The text has no commune section the system could read ("2.1. Đối với xã …"): nothing in it was checked. A notice
    /// about the whole text (no commune, no quote), so an unreadable text (left in TCVN3 codes) or one without such
    /// sections is never taken for a text that agrees with its tables.
    /// </summary>
    NoSections,
}
