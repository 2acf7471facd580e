namespace Pipeline.Storage.Durability;

/// <summary>A document stored through the API: a province's units or catalogue extension.</summary>
/// <param name="Container">Its container (<see cref="StorageNames.UnitsContainer"/>, <see cref="StorageNames.CatalogueContainer"/>).</param>
/// <param name="BlobName">Its blob inside the container ("son-la.json").</param>
/// <param name="Content">The bytes stored; null when the document was deleted.</param>
public sealed record AcceptedDocument(string Container, string BlobName, BinaryData? Content);
