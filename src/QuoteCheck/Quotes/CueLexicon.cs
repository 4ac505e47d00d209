using System.Collections.Frozen;
using QuoteCheck.Definitions;
using QuoteCheck.Text;

namespace QuoteCheck.Quotes;

/// <summary>
/// The cue words and phrases that attribute speech (<c>said</c>, <c>told</c>, <c>according to</c>):
/// the built-in list (Definitions/cue-verbs.txt) plus those a user added. Immutable once built.
/// </summary>
internal sealed class CueLexicon
{
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _objectVerbs;

    // Every cue word, single or first of a phrase: one lookup per token instead of a comparison with each phrase.
    private readonly FrozenDictionary<string, CueWord>.AlternateLookup<ReadOnlySpan<char>> _words;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _views;

    public CueLexicon(IEnumerable<string> extra)
    {
        var single = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var phrases = new List<string[]>();
        _views = WordList.Set("cue-views").GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (string entry in WordList.Lines("cue-verbs").Concat(WordList.Lines("cue-views")).Concat(extra))
        {
            string[] words = entry.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (words.Length == 1)
            {
                single.Add(words[0]);
            }
            else if (words.Length > 1)
            {
                phrases.Add(words);
            }
        }

        _objectVerbs = WordList.Set("cue-object-verbs").GetAlternateLookup<ReadOnlySpan<char>>();

        // Phrases longest first, in list order among equals, as MatchAt tries them.
        Dictionary<string, string[][]> byFirstWord = phrases.OrderByDescending(p => p.Length)
            .GroupBy(p => p[0], StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.OrdinalIgnoreCase);
        var cueWords = new Dictionary<string, CueWord>(StringComparer.OrdinalIgnoreCase);
        foreach (string word in single.Concat(byFirstWord.Keys))
        {
            cueWords[word] = new CueWord(single.Contains(word), byFirstWord.GetValueOrDefault(word) ?? []);
        }

        _words = cueWords.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        Classes = new WordClassTable(AttributionWords.Classes()
            .Concat(single.Select(w => KeyValuePair.Create(w, WordClass.CueAlone)))
            .Concat(byFirstWord.Keys.Select(w => KeyValuePair.Create(w, WordClass.CuePhrase))));
    }

    /// <summary>
    /// The class of every word for this lexicon: the attribution's lists and, from this lexicon, whether the word
    /// is a cue alone or starts a cue phrase. The tokenizer reads it once per word.
    /// </summary>
    public WordClassTable Classes { get; }

    /// <summary>The built-in lexicon with no additions.</summary>
    public static CueLexicon Default { get; } = new([]);

    /// <summary>How many tokens from <paramref name="index"/> form a cue (0 when none); the tokens' classes are this lexicon's <see cref="Classes"/>.</summary>
    public int MatchAt(string text, List<Token> tokens, int index, int end)
    {
        // The token's class answers for every word that starts no phrase: only "according", "pointed" and the
        // like are looked up for their phrases.
        WordClass wordClass = tokens[index].Class;
        if ((wordClass & WordClass.CuePhrase) == 0)
        {
            return (wordClass & WordClass.CueAlone) != 0 ? 1 : 0;
        }

        Token t = tokens[index];
        CueWord cue = _words[text.AsSpan(t.Start, t.Length)];

        foreach (string[] phrase in cue.Phrases)
        {
            if (index + phrase.Length > end)
            {
                continue;
            }

            bool all = true;
            for (int k = 1; k < phrase.Length && all; k++)
            {
                Token n = tokens[index + k];
                all = n.Kind == TokenKind.Word && text.AsSpan(n.Start, n.Length).Equals(phrase[k], StringComparison.OrdinalIgnoreCase);
            }

            if (all)
            {
                return phrase.Length;
            }
        }

        return cue.Single ? 1 : 0;
    }

    /// <summary>Whether the cue is a verb of views or acts (<c>criticized</c>, <c>found</c>) rather than of speech; these are read more strictly.</summary>
    public bool IsView(ReadOnlySpan<char> word) => _views.Contains(word);

    /// <summary>Whether the cue verb takes its audience as object (<c>told reporters that</c>).</summary>
    public bool TakesAudience(ReadOnlySpan<char> word) => _objectVerbs.Contains(word);

    /// <summary>What the lexicon knows about a word: whether it is a cue alone, and the phrases it starts, longest first.</summary>
    private sealed record CueWord(bool Single, string[][] Phrases);
}
