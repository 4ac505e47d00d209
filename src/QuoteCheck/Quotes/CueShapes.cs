namespace QuoteCheck.Quotes;

/// <summary>
/// A filter in front of the cue-word dictionary: one bit per (length, first letter, last letter) of the
/// cue words, so that most words of a sentence are ruled out by two character tests and a bit test
/// instead of a case-insensitive hash. Never rules out a word the dictionary holds. Immutable.
/// </summary>
/// <remarks>
/// Only ASCII letters at both ends are filtered: case-insensitive comparison maps some other characters
/// onto ASCII letters (the dotless <c>ı</c> onto <c>I</c>), so a word with anything else at either end is
/// always looked up, and a list whose words do not all have letters at both ends switches the filter off.
/// </remarks>
internal sealed class CueShapes
{
    private const int Letters = 26;

    // Lengths above this share the last bucket.
    private const int MaxLength = 31;

    private readonly ulong[] _bits = new ulong[(((MaxLength + 1) * Letters * Letters) + 63) / 64];
    private readonly bool _off;

    public CueShapes(IEnumerable<string> words)
    {
        foreach (string word in words)
        {
            if (!TryIndex(word, out int index))
            {
                _off = true;
                return;
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
