using System.Collections.Frozen;
using QuoteCheck.Definitions;

namespace QuoteCheck.Quotes;

/// <summary>The word lists the attribution reads (Definitions/*.txt), loaded once as case-insensitive sets.</summary>
internal static class AttributionWords
{
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Titles = Lookup("speaker-titles");
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Groups = Lookup("speaker-groups");
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Documents = Lookup("speaker-documents");
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Anonymous = Lookup("speaker-anonymous");
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Skip = Lookup("attribution-skip-words");
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Boundaries = Lookup("attribution-boundaries");
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Prepositions = Lookup("prepositions");
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NounForms = Lookup("cue-noun-forms");
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Abbreviations = Lookup("abbreviations");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Determiners =
        new[] { "a", "an", "the", "this", "that", "these", "those", "his", "her", "their", "its", "our", "my", "your", "one", "another", "every", "each", "no", "some" }
            .ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Pronouns =
        new[] { "he", "she", "they", "it", "i", "we", "you" }
            .ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Relatives =
        new[] { "who", "which", "whose", "whom", "where" }
            .ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

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

    private static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup(string name) =>
        WordList.Set(name).GetAlternateLookup<ReadOnlySpan<char>>();
}
