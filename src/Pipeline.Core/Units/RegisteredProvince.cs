namespace Pipeline.Core.Units;

/// <summary>A province with its communes and the mergers that formed some of them, validated.</summary>
public sealed record RegisteredProvince(string Id, string Name, IReadOnlyList<RegisteredCommune> Communes, IReadOnlyList<Merger> Mergers);
