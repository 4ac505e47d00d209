namespace QuoteCheck.Text;

/// <summary>
/// A filter in front of a case-insensitive word dictionary (cue words, claim triggers): one bit per
/// (length, first letter, last letter) of the words it holds, so that most words of a sentence are ruled
/// out by two character tests and a bit test instead of a case-insensitive hash. Never rules out a word
/// the dictionary holds. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// Only ASCII letters at both ends are filtered: case-insensitive comparison maps some other characters
/// onto ASCII letters (the dotless <c>ı</c> onto <c>I</c>), so a word with anything else at either end is
/// always looked up, and a list holding a word with a non-ASCII character at either end switches the filter off.
/// </remarks>
internal sealed class WordShapes
{
    private const int Letters = 26;

    // Lengths above this share the last bucket.
    private const int MaxLength = 31;

    private readonly ulong[] _bits = new ulong[(((MaxLength + 1) * Letters * Letters) + 63) / 64];
    private readonly bool _off;

    public WordShapes(IEnumerable<string> words)
    {
        foreach (string word in words)
        {
            if (!TryIndex(word, out int index))
            {
                // A word ending in an ASCII digit or sign only equals words ending in that same character,
                // which are never filtered; one ending in anything else might equal an ASCII-lettered word.
                if (word.Length == 0 || !char.IsAscii(word[0]) || !char.IsAscii(word[^1]))
                {
                    _off = true;
                    return;
                }

                continue;
            }

            _bits[index >> 6] |= 1UL << (index & 63);
        }
    }

    /// <summary>False when no word of the list can equal <paramref name="word"/> (ignoring case).</summary>
    public bool MayContain(ReadOnlySpan<char> word)
    {
        if (_off || !TryIndex(word, out int index))
        {
            return true;
        }

        return (_bits[index >> 6] & (1UL << (index & 63))) != 0;
    }

    private static bool TryIndex(ReadOnlySpan<char> word, out int index)
    {
        index = 0;
        if (word.IsEmpty || !char.IsAsciiLetter(word[0]) || !char.IsAsciiLetter(word[^1]))
        {
            return false;
        }

        int first = (word[0] | 0x20) - 'a';
        int last = (word[^1] | 0x20) - 'a';
        index = (((Math.Min(word.Length, MaxLength) * Letters) + first) * Letters) + last;
        return true;
    }
}
