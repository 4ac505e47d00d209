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
        _shapes = new WordShapes(cueWords.Keys);
    }

    // Rules most words out before the dictionary lookup, which hashes every word of every sentence.
    private readonly WordShapes _shapes;

    /// <summary>The built-in lexicon with no additions.</summary>
    public static CueLexicon Default { get; } = new([]);

    /// <summary>False when <paramref name="word"/> can start no cue, by a filter much cheaper than <see cref="MatchAt"/>'s lookup.</summary>
    public bool MayStartCue(ReadOnlySpan<char> word) => _shapes.MayContain(word);

    /// <summary>How many tokens from <paramref name="index"/> form a cue (0 when none).</summary>
    public int MatchAt(string text, List<Token> tokens, int index, int end)
    {
        Token t = tokens[index];
        if (t.Kind != TokenKind.Word)
        {
            return 0;
        }

        ReadOnlySpan<char> word = text.AsSpan(t.Start, t.Length);
        if (!_shapes.MayContain(word) || !_words.TryGetValue(word, out CueWord? cue))
        {
            return 0;
        }

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
