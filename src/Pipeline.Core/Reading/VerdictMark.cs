namespace Pipeline.Core.Reading;

/// <summary>
/// One column of verdicts given as marks: the 0-based sheet <paramref name="Column"/> under the
/// verdict word of its header ("Vượt", "Đạt", "Không đạt"); a row's verdict is the word over the
/// first of these columns that holds anything ("x", "X", "✓").
/// </summary>
public sealed record VerdictMark(int Column, string Verdict);
