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
/// Only for ASCII text: elsewhere a letter or digit beyond ASCII, or a joining character beyond ASCII (a curly
/// apostrophe, a Unicode hyphen), may be part of a word, and the caller reads such text character by character.
/// </remarks>
internal static class AsciiWordMasks
{
    /// <summary>How many characters one mask covers.</summary>
    public const int Width = 64;

    /// <summary>
    /// The word mask of <c>chars[start..]</c>, at most 64 characters; <paramref name="chars"/> is the whole stretch
    /// (ASCII only), so that a joining character at either edge of the 64 is judged by its neighbours outside them.
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
            // Narrowing keeps each character's low byte: a character beyond ASCII can only lie past the stretch's
            // end here, where its bits are cleared.
            Vector128<byte> bytes = Vector128.Narrow(
                Vector128.LoadUnsafe(ref first, (nuint)(at + k)),
                Vector128.LoadUnsafe(ref first, (nuint)(at + k + 8)));
            Vector128<byte> lower = bytes | Vector128.Create((byte)0x20);
            ulong letters = Vector128.LessThanOrEqual(lower - Vector128.Create((byte)'a'), Vector128.Create((byte)('z' - 'a'))).ExtractMostSignificantBits();
            ulong digits = Vector128.LessThanOrEqual(bytes - Vector128.Create((byte)'0'), Vector128.Create((byte)9)).ExtractMostSignificantBits();
            ulong joiners = (Vector128.Equals(bytes, Vector128.Create((byte)'\'')) | Vector128.Equals(bytes, Vector128.Create((byte)'-'))).ExtractMostSignificantBits();
            ulong separators = (Vector128.Equals(bytes, Vector128.Create((byte)'.')) | Vector128.Equals(bytes, Vector128.Create((byte)','))).ExtractMostSignificantBits();
            classes = new Classes(
                classes.Letters | (letters << k),
                classes.Digits | (digits << k),
                classes.Joiners | (joiners << k),
                classes.Separators | (separators << k));
        }

        return classes;
    }

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
                classes.Joiners | (c is '\'' or '-' ? bit : 0),
                classes.Separators | (c is '.' or ',' ? bit : 0));
        }

        return classes;
    }

    /// <summary>A bit per character for each class <see cref="SentenceTokens"/> tells apart.</summary>
    /// <param name="Letters">ASCII letters.</param>
    /// <param name="Digits">ASCII digits.</param>
    /// <param name="Joiners">Apostrophes and hyphens: they join any two word characters.</param>
    /// <param name="Separators">Full stops and commas: they join two digits.</param>
    private readonly record struct Classes(ulong Letters, ulong Digits, ulong Joiners, ulong Separators);
}
