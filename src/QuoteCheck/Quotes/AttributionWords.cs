using QuoteCheck.Definitions;

namespace QuoteCheck.Quotes;

/// <summary>The word lists the attribution reads (Definitions/*.txt), loaded once as case-insensitive sets with a filter in front (see <see cref="WordSet"/>).</summary>
internal static class AttributionWords
{
    public static readonly WordSet Titles = WordSet.Of("speaker-titles");
    public static readonly WordSet Groups = WordSet.Of("speaker-groups");
    public static readonly WordSet Documents = WordSet.Of("speaker-documents");
    public static readonly WordSet Anonymous = WordSet.Of("speaker-anonymous");
    public static readonly WordSet Skip = WordSet.Of("attribution-skip-words");
    public static readonly WordSet Boundaries = WordSet.Of("attribution-boundaries");
    public static readonly WordSet Prepositions = WordSet.Of("prepositions");
    public static readonly WordSet NounForms = WordSet.Of("cue-noun-forms");
    public static readonly WordSet Abbreviations = WordSet.Of("abbreviations");

    private static readonly WordSet Determiners =
        new(["a", "an", "the", "this", "that", "these", "those", "his", "her", "their", "its", "our", "my", "your", "one", "another", "every", "each", "no", "some"]);

    private static readonly WordSet Pronouns = new(["he", "she", "they", "it", "i", "we", "you"]);

    private static readonly WordSet Relatives = new(["who", "which", "whose", "whom", "where"]);

    public static bool IsDeterminer(ReadOnlySpan<char> word) => Determiners.Contains(word);

    public static bool IsPronoun(ReadOnlySpan<char> word) => Pronouns.Contains(word);

    public static bool IsRelative(ReadOnlySpan<char> word) => Relatives.Contains(word);

    /// <summary>The word without a possessive ending (<c>Kosovo's</c> → <c>Kosovo</c>).</summary>
    public static ReadOnlySpan<char> WithoutPossessive(ReadOnlySpan<char> word)
    {
        if (word.Length > 2 && word[^2] is '\'' or '\u2019' && word[^1] is 's' or 'S')
        {
            return word[..^2];
        }

        return word.Length > 1 && word[^1] is '\'' or '\u2019' ? word[..^1] : word;
    }

    public static bool IsPossessive(ReadOnlySpan<char> word) => WithoutPossessive(word).Length != word.Length;

}
