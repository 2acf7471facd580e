namespace Pipeline.Core.Units;

/// <summary>A commune the system knows.</summary>
public sealed record RegisteredCommune(CommuneId Id, string Name, string ProvinceName);
