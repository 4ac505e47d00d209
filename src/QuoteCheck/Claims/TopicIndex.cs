using System.Collections.Frozen;
using QuoteCheck.Text;

namespace QuoteCheck.Claims;

/// <summary>
/// A rule's topic phrases (<see cref="ClaimSubject.Topic"/>) keyed by their first word, so that finding
/// the topics near a value costs one lookup per word instead of a comparison with every phrase.
/// Immutable and thread-safe.
/// </summary>
internal sealed class TopicIndex
{
    private readonly FrozenDictionary<string, Phrase[]>.AlternateLookup<ReadOnlySpan<char>> _byFirstWord;

    public TopicIndex(IReadOnlyList<string> topics)
    {
        var byFirstWord = new Dictionary<string, List<Phrase>>(StringComparer.OrdinalIgnoreCase);
        for (int k = 0; k < topics.Count; k++)
        {
            string[] words = topics[k].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length == 0)
            {
                continue; // matches nothing
            }

            if (!byFirstWord.TryGetValue(words[0], out List<Phrase>? list))
            {
                byFirstWord[words[0]] = list = [];
            }

            list.Add(new Phrase(words[1..]));
        }

        // Phrases keep the order of the rule's list: of two equally near topics of one length the first listed wins.
        _byFirstWord = byFirstWord.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.OrdinalIgnoreCase)
            .GetAlternateLookup<ReadOnlySpan<char>>();
        _shapes = new WordShapes(byFirstWord.Keys);
        Count = topics.Count;
    }

    // Up to 49 words around each value are looked up: most are ruled out without hashing them.
    private readonly WordShapes _shapes;

    /// <summary>How many topics the rule lists.</summary>
    public int Count { get; }

    /// <summary>The phrases whose first word is <paramref name="word"/> (case ignored), in the rule's order; empty when none.</summary>
    public ReadOnlySpan<Phrase> StartingWith(ReadOnlySpan<char> word) =>
        _shapes.MayContain(word) && _byFirstWord.TryGetValue(word, out Phrase[]? phrases) ? phrases : [];

    /// <summary>A topic phrase: the words after its first.</summary>
    internal sealed record Phrase(string[] Rest);
}
