namespace Pipeline.Storage.Health;

/// <summary>One service's answer to the health check: <see cref="Failure"/> is null when it answered, else why not (English, for operators).</summary>
public sealed record StorageCheck(StorageService Service, string? Failure)
{
    /// <summary>The service answered.</summary>
    public bool Ok => Failure is null;
}

/// <summary>What <see cref="StorageHealth.CheckAsync"/> found: one check per <see cref="StorageService"/>.</summary>
public sealed record StorageHealthReport(IReadOnlyList<StorageCheck> Checks)
{
    /// <summary>Every service answered.</summary>
    public bool Healthy => Checks.All(c => c.Ok);

    /// <summary>The services that did not answer, with why.</summary>
    public IEnumerable<StorageCheck> Failed => Checks.Where(c => !c.Ok);

    /// <summary>The report of a host that could not even open its storage: every service failed, for that reason.</summary>
    public static StorageHealthReport Unopened(string reason) =>
        new(Enum.GetValues<StorageService>().Select(service => new StorageCheck(service, $"storage could not be opened: {reason}")).ToArray());
}
