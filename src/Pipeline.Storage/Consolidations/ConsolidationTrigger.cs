using System.Text.Json.Serialization;
using Pipeline.Core.Reporting;

namespace Pipeline.Storage.Consolidations;

/// <summary>What started a consolidation run. Wire strings "schedule", "request", "units" and "recovery".</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<ConsolidationTrigger>))]
public enum ConsolidationTrigger
{
    /// <summary>The nightly timer.</summary>
    Schedule,

    /// <summary>Someone asked for it (POST /api/consolidations).</summary>
    Request,

    /// <summary>A province's administrative units changed.</summary>
    Units,

    /// <summary>The local host replayed units or a catalogue that Azurite had lost.</summary>
    Recovery,
}
