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
        ValueWordTable asciiWords = ValueLexicon.Instance.AsciiWords;
        bool asciiTable = asciiWords.Enabled;
        int maxWordLength = ValueLexicon.Instance.LongestWord;
        int i = start;
        while (i < end)
        {
            char c = text[i];
            if (c == ' ' || char.IsWhiteSpace(c))
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
            else if (char.IsAsciiLetter(c) || (c > '\u007F' && char.IsLetter(c)))
            {
                int s = i;
                bool ascii = c <= '\u007F';
                i++;
                while (i < end)
                {
                    // ASCII first: news text is mostly ASCII, and only letters beyond it need the Unicode tables.
                    char d = text[i];
                    if (char.IsAsciiLetter(d))
                    {
                        i++;
                    }
                    else if (d > '\u007F' && (char.IsLetter(d) || CharUnicodeInfo.GetUnicodeCategory(d) == UnicodeCategory.NonSpacingMark))
                    {
                        ascii = false;
                        i++;
                    }
                    else
                    {
                        break;
                    }
                }

                // One lookup per word: its shared lower-case form and what the word lists say about it. A word longer
                // than every listed word needs no lookup; a word of ASCII letters takes the table made for it.
                ValueWord? known = null;
                if (i - s <= maxWordLength && (ascii && asciiTable ? asciiWords.TryGet(text.AsSpan(s, i - s), out known) : words.TryGetValue(text.AsSpan(s, i - s), out known)))
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
