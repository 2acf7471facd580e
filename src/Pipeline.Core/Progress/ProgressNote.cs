namespace Pipeline.Core.Progress;

/// <summary>
/// Said beside a year's value that could not be given to its part of the term's composite target, rather than guessed
/// (docs/progress.md, "How a year's row finds the term's").
/// </summary>
/// <param name="Kind">Why.</param>
/// <param name="Message">For people, in Vietnamese, quoting the cell as the commune wrote it.</param>
/// <param name="Detail">For logs, in English.</param>
public sealed record ProgressNote(ProgressNoteKind Kind, string Message, string Detail);
