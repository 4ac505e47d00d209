using System.Collections.Frozen;
using System.Globalization;

namespace QuoteCheck.Claims.Values;

/// <summary>
/// Splits a range of text into <see cref="ValueToken"/>s in one pass: words, digit runs and single
/// symbols, with white space dropped (the offsets keep where it was).
/// </summary>
internal static class ValueTokenizer
{
    /// <summary>Writes the tokens of <c>text[start..end]</c> to <paramref name="buffer"/> (grown when full) and returns how many there are.</summary>
    public static int Tokenize(string text, int start, int end, ref ValueToken[] buffer)
    {
        int count = 0;
        FrozenDictionary<string, ValueWord>.AlternateLookup<ReadOnlySpan<char>> words = ValueLexicon.Instance.Words;
        int i = start;
        while (i < end)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (char.IsAsciiDigit(c))
            {
                int s = i;
                long value = 0;
                while (i < end && char.IsAsciiDigit(text[i]))
                {
                    value = value > (long.MaxValue - 9) / 10 ? long.MaxValue : (value * 10) + (text[i] - '0');
                    i++;
                }

                Add(ref buffer, ref count, new ValueToken(s, i, ValueTokenKind.Digits, value));
            }
            else if (char.IsLetter(c))
            {
                int s = i;
                while (i < end && (char.IsLetter(text[i]) || CharUnicodeInfo.GetUnicodeCategory(text[i]) == UnicodeCategory.NonSpacingMark))
                {
                    i++;
                }

                // One lookup per word: its shared lower-case form and what the word lists say about it.
                if (words.TryGetValue(text.AsSpan(s, i - s), out ValueWord? known))
                {
                    Add(ref buffer, ref count, new ValueToken(s, i, ValueTokenKind.Word, 0, known.Text, known.Flags));
                }
                else
                {
                    Add(ref buffer, ref count, new ValueToken(s, i, ValueTokenKind.Word, 0));
                }
            }
            else
            {
                // A surrogate pair stays one symbol so that offsets never split a character.
                int s = i;
                i += char.IsHighSurrogate(c) && i + 1 < end && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
                Add(ref buffer, ref count, new ValueToken(s, i, ValueTokenKind.Symbol, 0));
            }
        }

        return count;
    }

    private static void Add(ref ValueToken[] buffer, ref int count, ValueToken token)
    {
        if (count == buffer.Length)
        {
            Array.Resize(ref buffer, buffer.Length * 2);
        }

        buffer[count++] = token;
    }
}
