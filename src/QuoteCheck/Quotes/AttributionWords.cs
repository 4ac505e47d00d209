using QuoteCheck.Definitions;

namespace QuoteCheck.Quotes;

/// <summary>The word lists the attribution reads (Definitions/*.txt, and a few short lists here), given to <see cref="WordClassTable"/>: a word's lists are read once, as its <see cref="WordClass"/>.</summary>
internal static class AttributionWords
{
    private const string TitleList = "speaker-titles", GroupList = "speaker-groups", DocumentList = "speaker-documents", AnonymousList = "speaker-anonymous",
        SkipList = "attribution-skip-words", BoundaryList = "attribution-boundaries", PrepositionList = "prepositions", NounFormList = "cue-noun-forms",
        AbbreviationList = "abbreviations";

    private static readonly string[] DeterminerWords =
        ["a", "an", "the", "this", "that", "these", "those", "his", "her", "their", "its", "our", "my", "your", "one", "another", "every", "each", "no", "some"];

    private static readonly string[] PronounWords = ["he", "she", "they", "it", "i", "we", "you"];

    private static readonly string[] RelativeWords = ["who", "which", "whose", "whom", "where"];

    /// <summary>Every word of the lists above with the <see cref="WordClass"/> its list gives it, for <see cref="WordClassTable"/>.</summary>
    public static IEnumerable<KeyValuePair<string, WordClass>> Classes()
    {
        (IEnumerable<string> Words, WordClass Class)[] lists =
        [
            (WordList.Lines(TitleList), WordClass.Title), (WordList.Lines(GroupList), WordClass.Group), (WordList.Lines(DocumentList), WordClass.Document),
            (WordList.Lines(AnonymousList), WordClass.Anonymous), (WordList.Lines(SkipList), WordClass.Skip), (WordList.Lines(BoundaryList), WordClass.Boundary),
            (WordList.Lines(PrepositionList), WordClass.Preposition), (WordList.Lines(NounFormList), WordClass.NounForm),
            (WordList.Lines(AbbreviationList), WordClass.Abbreviation), (DeterminerWords, WordClass.Determiner), (PronounWords, WordClass.Pronoun),
            (RelativeWords, WordClass.Relative),
        ];
        return lists.SelectMany(list => list.Words.Select(word => KeyValuePair.Create(word, list.Class)));
    }

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
