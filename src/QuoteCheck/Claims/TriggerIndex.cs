using System.Collections.Frozen;
using QuoteCheck.Text;

namespace QuoteCheck.Claims;

/// <summary>
/// Every trigger phrase of a rule set in one dictionary keyed by the phrase's first word, so that a
/// sentence is scanned once whatever the number of rules: one lookup per word, by span, no strings made.
/// Immutable and thread-safe.
/// </summary>
internal sealed class TriggerIndex
{
    private readonly FrozenDictionary<string, TriggerPhrase[]> _byFirstWord;
    private readonly FrozenDictionary<string, TriggerPhrase[]>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public TriggerIndex(IReadOnlyList<IClaimRule> rules)
    {
        var byFirstWord = new Dictionary<string, List<TriggerPhrase>>(StringComparer.OrdinalIgnoreCase);
        var seen = new HashSet<(int, string)>();
        for (int r = 0; r < rules.Count; r++)
        {
            IClaimRule rule = rules[r];
            bool inflect = rule.InflectTriggers;
            foreach (string trigger in rule.Triggers)
            {
                string[] words = trigger.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                if (words.Length == 0)
                {
                    continue;
                }

                IEnumerable<string> lastForms = inflect ? Inflections.Of(words[^1]) : [words[^1]];
                foreach (string last in lastForms)
                {
                    string[] phrase = [.. words[..^1], last];
                    string key = string.Join(' ', phrase).ToLowerInvariant();
                    if (!seen.Add((r, key)))
                    {
                        continue;
                    }

                    if (!byFirstWord.TryGetValue(phrase[0], out List<TriggerPhrase>? list))
                    {
                        byFirstWord[phrase[0]] = list = [];
                    }

                    list.Add(new TriggerPhrase(r, phrase[1..]));
                    LongestPhrase = Math.Max(LongestPhrase, phrase.Length);
                }
            }
        }

        _byFirstWord = byFirstWord.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.OrdinalIgnoreCase);
        _lookup = _byFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();
        _shapes = new WordShapes(_byFirstWord.Keys);
    }

    // Rules most words out before the dictionary lookup, which hashes every word of every sentence holding a value.
    private readonly WordShapes _shapes;

    /// <summary>The most words in one trigger phrase.</summary>
    public int LongestPhrase { get; }

    /// <summary>How many distinct first words are indexed.</summary>
    public int Count => _byFirstWord.Count;

    /// <summary>
    /// Appends every trigger found among the sentence's words that begins at a word from <paramref name="from"/> to
    /// <paramref name="until"/> (either may lie outside the sentence), in word order.
    /// </summary>
    public void Find(SentenceTokens words, int from, int until, List<TriggerHit> hits)
    {
        hits.Clear();
        int end = Math.Min(words.Count, until < int.MaxValue ? until + 1 : int.MaxValue);
        for (int i = Math.Max(0, from); i < end; i++)
        {
            ReadOnlySpan<char> word = words.Word(i);
            if (!_shapes.MayContain(word) || !_lookup.TryGetValue(word, out TriggerPhrase[]? phrases))
            {
                continue;
            }

            foreach (TriggerPhrase phrase in phrases)
            {
                if (Matches(words, i + 1, phrase.Rest))
                {
                    hits.Add(new TriggerHit(phrase.Rule, i, i + phrase.Rest.Length));
                }
            }
        }
    }

    private static bool Matches(SentenceTokens words, int next, string[] rest)
    {
        if (next + rest.Length > words.Count)
        {
            return false;
        }

        for (int k = 0; k < rest.Length; k++)
        {
            if (!words.Word(next + k).Equals(rest[k], StringComparison.OrdinalIgnoreCase) || words.BreakAfter(next + k - 1))
            {
                return false;
            }
        }

        return true;
    }

    private sealed record TriggerPhrase(int Rule, string[] Rest);
}

/// <summary>A trigger of rule <paramref name="Rule"/> found on words <paramref name="First"/> to <paramref name="Last"/> of a sentence.</summary>
internal readonly record struct TriggerHit(int Rule, int First, int Last);
