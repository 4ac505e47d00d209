using System.Collections.Frozen;
using QuoteCheck.Text;

namespace QuoteCheck.Definitions;

/// <summary>
/// A word list as a case-insensitive set looked up by span, with a <see cref="WordShapes"/> filter in
/// front: most words asked about are in no list, and the filter answers for them without hashing the word
/// (a list holding a non-ASCII word, such as <c>didn’t</c>, also makes the set use its slower full
/// case-insensitive hash). Immutable and thread-safe.
/// </summary>
internal sealed class WordSet
{
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly WordShapes _shapes;

    public WordSet(IEnumerable<string> words)
    {
        FrozenSet<string> set = words.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        _lookup = set.GetAlternateLookup<ReadOnlySpan<char>>();
        _shapes = new WordShapes(set);
    }

    /// <summary>The list <c>Definitions/{name}.txt</c> as a set.</summary>
    public static WordSet Of(string name) => new(WordList.Lines(name));

    /// <summary>Whether the list holds <paramref name="word"/>, ignoring case.</summary>
    public bool Contains(ReadOnlySpan<char> word) => _shapes.MayContain(word) && _lookup.Contains(word);
}
