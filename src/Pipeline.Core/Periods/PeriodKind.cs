using System.Text.Json.Serialization;
using Pipeline.Core.Reporting;

namespace Pipeline.Core.Periods;

/// <summary>What stretch of a term a report covers. Wire strings "year", "midTerm", "term".</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<PeriodKind>))]
public enum PeriodKind
{
    /// <summary>One calendar year of the term ("Kết quả thực hiện năm 2026").</summary>
    Year,

    /// <summary>The mid-term review ("sơ kết giữa nhiệm kỳ").</summary>
    MidTerm,

    /// <summary>The whole term: the end-of-term annex, or the term's targets.</summary>
    Term,
}
