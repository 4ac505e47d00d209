using System.Collections.Frozen;
using System.Globalization;

namespace QuoteCheck.Claims.Values;

/// <summary>
/// Splits a range of text into <see cref="ValueToken"/>s in one pass: words, digit runs and single
/// symbols, with white space dropped (the offsets keep where it was).
/// </summary>
internal static class ValueTokenizer
{
    public static void Tokenize(string text, int start, int end, List<ValueToken> output)
    {
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

                output.Add(new ValueToken(s, i, ValueTokenKind.Digits, value));
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
                    output.Add(new ValueToken(s, i, ValueTokenKind.Word, 0, known.Text, known.Flags));
                }
                else
                {
                    output.Add(new ValueToken(s, i, ValueTokenKind.Word, 0));
                }
            }
            else
            {
                // A surrogate pair stays one symbol so that offsets never split a character.
                int s = i;
                i += char.IsHighSurrogate(c) && i + 1 < end && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
                output.Add(new ValueToken(s, i, ValueTokenKind.Symbol, 0));
            }
        }
    }
}
