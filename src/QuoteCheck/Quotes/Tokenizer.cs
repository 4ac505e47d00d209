using System.Numerics;
using System.Runtime.Intrinsics;
using QuoteCheck.Text;

namespace QuoteCheck.Quotes;

/// <summary>
/// Splits a paragraph into words, punctuation and whole quotations, reusing the caller's list. A quotation
/// is one token so that the words inside it are never read as the reporter's.
/// </summary>
internal static class Tokenizer
{
    /// <summary>
    /// Tokenizes <paramref name="paragraph"/>; <paramref name="quotes"/> are the document's quotations in text order,
    /// <paramref name="quoteCursor"/> the first one that may touch this paragraph; <paramref name="alnum"/> is the
    /// caller's scratch for the paragraph's bit map of ASCII letters and digits, grown as needed; each word's
    /// <see cref="WordClass"/> is read from <paramref name="classes"/>. Returns whether the paragraph holds a
    /// quotation or a word that can start a cue: a paragraph with neither has nothing to attribute.
    /// </summary>
    public static bool Tokenize(string text, TextSpan paragraph, List<QuotedSpan> quotes, ref int quoteCursor, List<Token> output, ref ulong[] alnum, WordClassTable classes)
    {
        WordClass seen = WordClass.None;
        bool quoted = false;
        output.Clear();
        int end = paragraph.End;
        int i = paragraph.Start;
        MapLettersAndDigits(text.AsSpan(paragraph.Start, paragraph.Length), ref alnum);
        ReadOnlySpan<ulong> bits = alnum;
        while (quoteCursor < quotes.Count && quotes[quoteCursor].OuterEnd <= paragraph.Start)
        {
            quoteCursor++;
        }

        int q = quoteCursor;
        while (i < end)
        {
            // The next quotation opening inside the paragraph is looked up once per run of words before it,
            // not once per character: the words of the run cannot reach past its opening mark.
            int open = q < quotes.Count && quotes[q].OpenMark < end ? quotes[q].OpenMark : -1;
            if (open >= 0 && i >= open)
            {
                int qEnd = Math.Min(quotes[q].OuterEnd, end);
                if (qEnd > i)
                {
                    output.Add(new Token(i, qEnd, TokenKind.Quote, false, WordClass.None, q));
                    quoted = true;
                    i = qEnd;
                }

                q++;
                continue;
            }

            int limit = open >= 0 ? open : end;
            while (i < limit)
            {
                char c = text[i];
                if (char.IsWhiteSpace(c))
                {
                    i++;
                    continue;
                }

                if (char.IsLetterOrDigit(c))
                {
                    i = WordEnd(text, i, limit, output, bits, paragraph.Start, classes);
                    seen |= output[^1].Class;
                    continue;
                }

                output.Add(new Token(i, i + 1, TokenKind.Punct, false, WordClass.None, -1));
                i++;
            }
        }

        return quoted || (seen & WordClass.CueStart) != 0;
    }

    // One bit per character of the paragraph, set for an ASCII letter or digit, made 16 characters at a time;
    // the bits past the paragraph's end are clear, so every run of set bits ends inside the map.
    private static void MapLettersAndDigits(ReadOnlySpan<char> chars, ref ulong[] alnum)
    {
        int words = (chars.Length >> 6) + 1;
        if (alnum.Length < words)
        {
            alnum = new ulong[Math.Max(words, alnum.Length * 2)];
        }

        Span<ulong> bits = alnum.AsSpan(0, words);
        bits.Clear();
        int i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            ReadOnlySpan<ushort> units = System.Runtime.InteropServices.MemoryMarshal.Cast<char, ushort>(chars);
            Vector256<ushort> caseBit = Vector256.Create((ushort)0x20);
            Vector256<ushort> a = Vector256.Create((ushort)'a');
            Vector256<ushort> zero = Vector256.Create((ushort)'0');
            Vector256<ushort> letters = Vector256.Create((ushort)('z' - 'a'));
            Vector256<ushort> digits = Vector256.Create((ushort)('9' - '0'));
            for (; i + 16 <= units.Length; i += 16)
            {
                Vector256<ushort> v = Vector256.Create(units.Slice(i, 16));
                // Unsigned: (c | 0x20) - 'a' <= 25 only for ASCII letters, c - '0' <= 9 only for digits.
                Vector256<ushort> hit = Vector256.LessThanOrEqual((v | caseBit) - a, letters) | Vector256.LessThanOrEqual(v - zero, digits);
                bits[i >> 6] |= (ulong)hit.ExtractMostSignificantBits() << (i & 63);
            }
        }

        for (; i < chars.Length; i++)
        {
            if (char.IsAsciiLetterOrDigit(chars[i]))
            {
                bits[i >> 6] |= 1UL << (i & 63);
            }
        }
    }

    // Where the run of ASCII letters and digits starting at i ends (at most limit): the first clear bit of the
    // map, found by a count of trailing zeros, with no test per character and no branch that depends on the
    // word's length (a scalar loop was half as fast again as the vectorised search this replaced; the map is
    // made once per paragraph).
    private static int RunEnd(ReadOnlySpan<ulong> bits, int origin, int i, int limit)
    {
        int at = i - origin;
        ulong stops = ~bits[at >> 6] >> (at & 63);
        while (stops == 0)
        {
            at = ((at >> 6) + 1) << 6;
            stops = ~bits[at >> 6];
        }

        return Math.Min(origin + at + BitOperations.TrailingZeroCount(stops), limit);
    }

    // Reads the word starting at start (a letter or digit), adds its token and returns where it ends.
    private static int WordEnd(string text, int start, int limit, List<Token> output, ReadOnlySpan<ulong> bits, int origin, WordClassTable classes)
    {
        int i = start + 1;
        while (i < limit)
        {
            // Runs of ASCII letters and digits, most of every word, are skipped by the paragraph's bit map;
            // the character after decides.
            i = RunEnd(bits, origin, i, limit);
            if (i == limit)
            {
                break;
            }
            char d = text[i];
            if (char.IsLetterOrDigit(d))
            {
                i++;
            }
            else if (d is '\'' or '\u2019' or '-' or '.' or '&' && i + 1 < limit && char.IsLetterOrDigit(text[i + 1]))
            {
                i += 2;
            }
            else if (d is ',' && char.IsDigit(text[i - 1]) && i + 1 < limit && char.IsDigit(text[i + 1]))
            {
                i += 2; // 13,000
            }
            else
            {
                break;
            }
        }

        // A possessive ending in an apostrophe: the Democrats' leader.
        if (i < limit && text[i] is '\'' or '\u2019' && text[i - 1] == 's' && (i + 1 >= limit || char.IsWhiteSpace(text[i + 1])))
        {
            i++;
        }

        output.Add(new Token(start, i, TokenKind.Word, char.IsUpper(text[start]), classes.Of(text, start, i - start), -1));
        return i;
    }
}
