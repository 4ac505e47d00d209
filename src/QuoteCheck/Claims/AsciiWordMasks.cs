using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace QuoteCheck.Claims;

/// <summary>
/// Which characters of a stretch of ASCII text belong to a word as <see cref="SentenceTokens"/> splits it, 64
/// characters at a time as the bits of one number (the first character lowest): a letter or digit, or an apostrophe
/// or hyphen between two of them, or a full stop or comma between two digits. The words are then the runs of set
/// bits, found with a bit count each rather than a test per character and a branch at every word's end.
/// </summary>
/// <remarks>
/// Only for text that <see cref="Covers"/>: ASCII, and the few characters beyond it that news sets in nearly every
/// sentence that has any (curly quotes and apostrophes, dashes, the no-break space, the ellipsis), none a letter or
/// digit. Elsewhere a letter or digit beyond ASCII may be part of a word, and the caller reads such text character by
/// character.
/// </remarks>
internal static class AsciiWordMasks
{
    /// <summary>How many characters one mask covers.</summary>
    public const int Width = 64;

    /// <summary>Whether every character of <paramref name="chars"/> is one the masks classify exactly.</summary>
    public static bool Covers(ReadOnlySpan<char> chars)
    {
        // The runs of ASCII are passed a vector at a time; the few characters beyond it are tested one by one.
        int at = 0;
        while (true)
        {
            int beyond = chars[at..].IndexOfAnyExceptInRange('\0', '\u007F');
            if (beyond < 0)
            {
                return true;
            }

            at += beyond;
            if (!IsCoveredPunctuation(chars[at]))
            {
                return false;
            }

            at++;
        }
    }

    /// <summary>
    /// The characters beyond ASCII a covered text may hold, none a letter or digit: curly quotes and apostrophes,
    /// dashes, the Unicode hyphens, the no-break space, the ellipsis. The curly apostrophe and the hyphens join words.
    /// </summary>
    private static bool IsCoveredPunctuation(char c) => c is '\u2018' or '\u2019' or '\u201C' or '\u201D' or '\u2013' or '\u2014' or '\u2010' or '\u2011' or '\u00A0' or '\u2026';

    /// <summary>
    /// The word mask of <c>chars[start..]</c>, at most 64 characters; <paramref name="chars"/> is the whole stretch
    /// (which <see cref="Covers"/>), so that a joining character at either edge of the 64 is judged by its neighbours outside them.
    /// <paramref name="text"/> and <paramref name="offset"/> (where <paramref name="chars"/> begins in it) let the
    /// characters be read a vector at a time up to the end of the text rather than of the stretch; bits past the
    /// stretch's end are clear.
    /// </summary>
    public static ulong Of(string text, int offset, ReadOnlySpan<char> chars, int start)
    {
        int length = Math.Min(Width, chars.Length - start);
        ulong valid = length == Width ? ulong.MaxValue : (1ul << length) - 1;
        Classes classes = offset + start + Width <= text.Length && Vector128.IsHardwareAccelerated
            ? ClassesOf(text, offset + start)
            : ClassesOfScalar(chars.Slice(start, length));
        ulong alnum = (classes.Letters | classes.Digits) & valid;
        ulong digits = classes.Digits & valid;

        // Each character's neighbours: the bit of the one before (and after) moved onto it, with the characters just
        // outside the 64 (inside the stretch) read one by one.
        ulong alnumBefore = (alnum << 1) | (start > 0 && char.IsAsciiLetterOrDigit(chars[start - 1]) ? 1ul : 0);
        ulong digitsBefore = (digits << 1) | (start > 0 && char.IsAsciiDigit(chars[start - 1]) ? 1ul : 0);
        bool more = start + Width < chars.Length;
        ulong alnumAfter = (alnum >> 1) | (more && char.IsAsciiLetterOrDigit(chars[start + Width]) ? 1ul << 63 : 0);
        ulong digitsAfter = (digits >> 1) | (more && char.IsAsciiDigit(chars[start + Width]) ? 1ul << 63 : 0);
        return (alnum | (classes.Joiners & alnumBefore & alnumAfter) | (classes.Separators & digitsBefore & digitsAfter)) & valid;
    }

    /// <summary>The classes of 64 characters from <paramref name="at"/>, sixteen (narrowed to bytes) at a time.</summary>
    private static Classes ClassesOf(string text, int at)
    {
        ref ushort first = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text.AsSpan()));
        Classes classes = default;
        for (int k = 0; k < Width; k += 16)
        {
            // Narrowing keeps each character's low byte. Within a covered stretch that is exact for ASCII, and the
            // low byte of each punctuation mark beyond it (0x10-0x1D, 0x26, 0xA0) is no letter, digit, full stop or
            // comma; joiners are told on the whole characters. Past the stretch's end the bits are cleared.
            Vector128<ushort> low = Vector128.LoadUnsafe(ref first, (nuint)(at + k));
            Vector128<ushort> high = Vector128.LoadUnsafe(ref first, (nuint)(at + k + 8));
            Vector128<byte> bytes = Vector128.Narrow(low, high);
            Vector128<byte> lower = bytes | Vector128.Create((byte)0x20);
            ulong letters = Vector128.LessThanOrEqual(lower - Vector128.Create((byte)'a'), Vector128.Create((byte)('z' - 'a'))).ExtractMostSignificantBits();
            ulong digits = Vector128.LessThanOrEqual(bytes - Vector128.Create((byte)'0'), Vector128.Create((byte)9)).ExtractMostSignificantBits();
            ulong joiners = JoinerBits(low) | (JoinerBits(high) << 8);
            ulong separators = (Vector128.Equals(bytes, Vector128.Create((byte)'.')) | Vector128.Equals(bytes, Vector128.Create((byte)','))).ExtractMostSignificantBits();
            classes = new Classes(
                classes.Letters | (letters << k),
                classes.Digits | (digits << k),
                classes.Joiners | (joiners << k),
                classes.Separators | (separators << k));
        }

        return classes;
    }

    /// <summary>A bit per character (the first lowest) for each of eight that joins any two word characters.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong JoinerBits(Vector128<ushort> chars) =>
        (Vector128.Equals(chars, Vector128.Create((ushort)'\'')) | Vector128.Equals(chars, Vector128.Create((ushort)'-'))
        | Vector128.Equals(chars, Vector128.Create((ushort)'\u2019')) | Vector128.Equals(chars, Vector128.Create((ushort)'\u2010'))
        | Vector128.Equals(chars, Vector128.Create((ushort)'\u2011'))).ExtractMostSignificantBits();

    /// <summary>As <see cref="ClassesOf"/>, a character at a time: near the end of the text.</summary>
    private static Classes ClassesOfScalar(ReadOnlySpan<char> chars)
    {
        Classes classes = default;
        for (int k = 0; k < chars.Length; k++)
        {
            char c = chars[k];
            ulong bit = 1ul << k;
            classes = new Classes(
                classes.Letters | (char.IsAsciiLetter(c) ? bit : 0),
                classes.Digits | (char.IsAsciiDigit(c) ? bit : 0),
                classes.Joiners | (IsJoiner(c) ? bit : 0),
                classes.Separators | (c is '.' or ',' ? bit : 0));
        }

        return classes;
    }

    /// <summary>Whether <paramref name="c"/> joins any two word characters (as <see cref="SentenceTokens"/> has it).</summary>
    private static bool IsJoiner(char c) => c is '\'' or '-' or '\u2019' or '\u2010' or '\u2011';

    /// <summary>A bit per character for each class <see cref="SentenceTokens"/> tells apart.</summary>
    /// <param name="Letters">ASCII letters.</param>
    /// <param name="Digits">ASCII digits.</param>
    /// <param name="Joiners">Apostrophes and hyphens (straight, curly, Unicode): they join any two word characters.</param>
    /// <param name="Separators">Full stops and commas: they join two digits.</param>
    private readonly record struct Classes(ulong Letters, ulong Digits, ulong Joiners, ulong Separators);
}
