namespace Pipeline.Core.Catalogue;

/// <summary>Splits an indicator cell into its sentences: communes pack several targets into one cell.</summary>
public static class IndicatorClauses
{
    public static IReadOnlyList<string> Split(string text)
    {
        var clauses = new List<string>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            var ends = ch is ';' or '\n'
                || (ch is '.' or ':' && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1])));
            if (!ends) continue;
            Add(text[start..i]);
            start = i + 1;
        }
        Add(text[start..]);
        return clauses;

        void Add(string clause)
        {
            var trimmed = clause.Trim();
            if (trimmed.Length > 0) clauses.Add(trimmed);
        }
    }
}
