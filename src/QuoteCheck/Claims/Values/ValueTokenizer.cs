using System.Collections.Frozen;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using QuoteCheck.Text;

namespace QuoteCheck.Claims.Values;

/// <summary>
/// Splits a range of text into <see cref="ValueToken"/>s in one pass: words, digit runs and single
/// symbols, with white space dropped (the offsets keep where it was).
/// </summary>
internal static class ValueTokenizer
{
    /// <summary>
    /// Writes the tokens of <c>text[start..end]</c> to <paramref name="buffer"/> (grown when full) and returns how many
    /// there are; writes to <paramref name="starts"/> (kept as long as the buffer) the numbers, in order, of the tokens
    /// a value may begin at (<see cref="MayStart"/>), and sets <paramref name="startCount"/> to how many.
    /// </summary>
    public static int Tokenize(string text, int start, int end, ref ValueToken[] buffer, ref int[] starts, out int startCount)
    {
        // The buffers in locals, not read again through the references at every token: the loop keeps them in registers.
        ValueToken[] tokens = buffer;
        int[] mayStart = starts.Length == tokens.Length ? starts : new int[tokens.Length];
        int count = 0;
        int startsFound = 0;
        ValueLexicon lexicon = ValueLexicon.Instance;
        FrozenDictionary<string, ValueWord>.AlternateLookup<ReadOnlySpan<char>> words = lexicon.Words;
        ValueWordTable asciiWords = lexicon.AsciiWords;
        bool asciiTable = asciiWords.Enabled;
        int maxWordLength = lexicon.LongestWord;

        // Indexed through a span that ends at the range's end, so that the loops' own tests are the only bounds checks.
        ReadOnlySpan<char> chars = text.AsSpan(0, end);
        int i = start;
        while (i < chars.Length)
        {
            if ((uint)count >= (uint)tokens.Length)
            {
                tokens = Grow(tokens);
                Array.Resize(ref mayStart, tokens.Length);
            }

            // The number of the token this character begins, if it does: noted among the starts, and the count of
            // starts moved past it only when it may begin a value (a store and an add rather than a branch).
            mayStart[startsFound] = count;

            // The classes most characters fall in are tested first: an ASCII letter, a space. No ASCII letter or digit
            // is white space, so the order decides nothing.
            char c = chars[i];
            if (char.IsAsciiLetter(c) || (c > '\u007F' && char.IsLetter(c)))
            {
                int s = i;
                bool ascii = c <= '\u007F';
                ulong firstLetters = 0;
                if (ascii && i + ValueWordTable.KeyLetters <= chars.Length && AsciiBlocks.Supported)
                {
                    // Eight characters at once: where the run of ASCII letters ends (the first that is not one) and the
                    // word table's key (the letters in lower case, narrowed to bytes), with no branch per letter, so that
                    // the end of a word costs no mispredicted jump out of a loop. (Little-endian: the first letter is the
                    // key's lowest byte, as in ValueWordTable.KeyOf.)
                    Vector128<ushort> lower = AsciiBlocks.LowerAt(chars, i);
                    int run = AsciiBlocks.LetterRun(lower);
                    firstLetters = Vector128.Narrow(lower, lower).AsUInt64().ToScalar() & (run < ValueWordTable.KeyLetters ? (1ul << (8 * run)) - 1 : ulong.MaxValue);
                    i += run;

                    // A word of eight letters or more (one word in four or five): the next eight at once too, so that
                    // only the letters past sixteen go one by one.
                    if (run == ValueWordTable.KeyLetters && i + ValueWordTable.KeyLetters <= chars.Length)
                    {
                        i += AsciiBlocks.LetterRun(AsciiBlocks.LowerAt(chars, i));
                    }
                }
                else
                {
                    if (ascii)
                    {
                        firstLetters = c | 0x20u;
                    }

                    i++;
                }

                // A word of more than eight letters, or one near the range's end: the rest letter by letter.
                while (i < chars.Length && char.IsAsciiLetter(chars[i]))
                {
                    if (i - s < ValueWordTable.KeyLetters)
                    {
                        firstLetters |= (ulong)(chars[i] | 0x20) << (8 * (i - s));
                    }

                    i++;
                }

                // Only letters beyond ASCII need the Unicode tables; after one, the word goes on over either kind.
                while (i < chars.Length && chars[i] > '\u007F' && (char.IsLetter(chars[i]) || CharUnicodeInfo.GetUnicodeCategory(chars[i]) == UnicodeCategory.NonSpacingMark))
                {
                    ascii = false;
                    i++;
                    while (i < chars.Length && char.IsAsciiLetter(chars[i]))
                    {
                        i++;
                    }
                }

                // One lookup per word: its shared lower-case form and what the word lists say about it. A word longer
                // than every listed word needs no lookup; a word of ASCII letters takes the table made for it, which
                // gives an entry (with no form and no flags when the word is in no list) rather than a yes or no.
                ReadOnlySpan<char> word = chars[s..i];
                if (word.Length > maxWordLength)
                {
                    tokens[count++] = new ValueToken(s, i, ValueTokenKind.Word, 0);
                }
                else if (ascii && asciiTable)
                {
                    int entry = asciiWords.Find(word, firstLetters);
                    ref readonly ValueWordTable.Entry listed = ref asciiWords.At(entry);
                    tokens[count++] = new ValueToken(s, i, ValueTokenKind.Word, 0, listed.Id, listed.Flags);
                    startsFound += (listed.Flags & ValueWordFlags.CanStart) != 0 ? 1 : 0;
                }
                else if (words.TryGetValue(word, out ValueWord? known))
                {
                    tokens[count++] = new ValueToken(s, i, ValueTokenKind.Word, 0, known.Id, known.Flags);
                    startsFound += (known.Flags & ValueWordFlags.CanStart) != 0 ? 1 : 0;
                }
                else
                {
                    tokens[count++] = new ValueToken(s, i, ValueTokenKind.Word, 0);
                }

                i = PastOneSpace(chars, i);
            }
            else if (c == ' ')
            {
                i++;
            }
            else if (char.IsAsciiDigit(c))
            {
                int s = i;
                long value = 0;
                while (i < chars.Length && char.IsAsciiDigit(chars[i]))
                {
                    value = value > (long.MaxValue - 9) / 10 ? long.MaxValue : (value * 10) + (chars[i] - '0');
                    i++;
                }

                tokens[count++] = new ValueToken(s, i, ValueTokenKind.Digits, value);
                startsFound++;
                i = PastOneSpace(chars, i);
            }
            else if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else
            {
                // A surrogate pair stays one symbol so that offsets never split a character.
                int s = i;
                i += char.IsHighSurrogate(c) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1]) ? 2 : 1;
                tokens[count++] = new ValueToken(s, i, ValueTokenKind.Symbol, 0);
                startsFound += MayStart(c) ? 1 : 0;
                i = PastOneSpace(chars, i);
            }
        }

        (buffer, starts, startCount) = (tokens, mayStart, startsFound);
        return count;
    }

    /// <summary>
    /// Past the one space that usually follows a token, without a turn of the loop for it (no token begins at a space):
    /// an add on a comparison, not a branch.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int PastOneSpace(ReadOnlySpan<char> chars, int i) => i + ((uint)i < (uint)chars.Length && chars[i] == ' ' ? 1 : 0);

    /// <summary>
    /// Whether a value may begin at a symbol: not at punctuation no matcher begins with (commas, brackets, quotation
    /// marks; dashes, slashes and the signs of addresses, which the matchers read only after a value's first token).
    /// A full stop, an apostrophe or a minus may, when digits are glued after it (".5", "'90s", "-5"), which the scanner
    /// tests; a sign a qualifier or a currency begins with ("&gt;", "$") is none of these.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // one per symbol token; the JIT left it a call
    private static bool MayStart(char symbol) => symbol switch
    {
        ',' or ';' or ':' or '!' or '?' or '"' or '“' or '”' or '(' or ')' or '[' or ']' or '…' => false,
        '–' or '—' or '~' or '/' or '_' or '‘' or '@' or '=' => false,
        _ => true,
    };

    /// <summary>A buffer twice as long holding the tokens of <paramref name="tokens"/>: out of the loop, which seldom needs it.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static ValueToken[] Grow(ValueToken[] tokens)
    {
        Array.Resize(ref tokens, tokens.Length * 2);
        return tokens;
    }
}
