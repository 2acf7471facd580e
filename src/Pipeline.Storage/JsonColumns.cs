using System.Globalization;
using System.Text.Json;
using Azure.Data.Tables;

namespace Pipeline.Storage;

/// <summary>
/// A JSON document kept in a table entity. A string property holds at most 64 KiB (32K
/// UTF-16 characters), so a long document — a province rollup of 200 communes — is split
/// across "Json0", "Json1", … up to the entity's 1 MiB; a short one stays in "Json".
/// </summary>
public static class JsonColumns
{
    private const int ChunkChars = 30_000;

    public static TableEntity Write<T>(TableEntity entity, T document)
    {
        ArgumentNullException.ThrowIfNull(entity);
        var json = JsonSerializer.Serialize(document, StorageJson.Options);
        if (json.Length <= ChunkChars)
        {
            entity["Json"] = json;
            return entity;
        }
        var chunks = json.Chunk(ChunkChars).Select(c => new string(c)).ToArray();
        for (var i = 0; i < chunks.Length; i++)
            entity[string.Create(CultureInfo.InvariantCulture, $"Json{i}")] = chunks[i];
        entity["JsonChunks"] = chunks.Length;
        return entity;
    }

    public static T Read<T>(TableEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        var json = entity.GetInt32("JsonChunks") is { } count
            ? string.Concat(Enumerable.Range(0, count).Select(i => entity.GetString(string.Create(CultureInfo.InvariantCulture, $"Json{i}"))))
            : entity.GetString("Json");
        return JsonSerializer.Deserialize<T>(json, StorageJson.Options)
            ?? throw new InvalidDataException($"Entity {entity.PartitionKey}/{entity.RowKey} holds no document.");
    }
}
