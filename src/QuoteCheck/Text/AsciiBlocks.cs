using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace QuoteCheck.Text;

/// <summary>
/// Eight characters at once: where a run of ASCII letters (or letters and digits) ends, with one vector test and no
/// branch per character. The value tokenizer and the claim stage's sentence words both end most words this way: a
/// short word ends inside the first block, so a call to a general search (set up for long runs) would cost more.
/// </summary>
internal static class AsciiBlocks
{
    /// <summary>How many characters a block holds.</summary>
    public const int Width = 8;

    /// <summary>
    /// Whether the blocks can be read on this machine: a vector of eight characters, and the first character in the
    /// lowest lane (which the value tokenizer's packed word keys assume).
    /// </summary>
    public static bool Supported => Vector128.IsHardwareAccelerated && BitConverter.IsLittleEndian;

    /// <summary>The eight characters at <paramref name="i"/> with bit 5 set (which lowers an ASCII letter); the caller keeps <c>i + 8</c> within the span.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<ushort> LowerAt(ReadOnlySpan<char> chars, int i) =>
        Vector128.LoadUnsafe(ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(chars)), (nuint)i) | Vector128.Create((ushort)0x20);

    /// <summary>How many of the eight characters (from <see cref="LowerAt"/>) are ASCII letters before the first that is not.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int LetterRun(Vector128<ushort> lower) =>
        BitOperations.TrailingZeroCount(~LetterMask(lower));

    /// <summary>
    /// How many of the eight characters at <paramref name="i"/> are ASCII letters or digits before the first that is
    /// not; the caller keeps <c>i + 8</c> within the span.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int LetterOrDigitRun(ReadOnlySpan<char> chars, int i)
    {
        Vector128<ushort> block = Vector128.LoadUnsafe(ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(chars)), (nuint)i);

        // Digits are tested on the characters as they are: setting bit 5 would make '\u0010'..'\u0019' look like digits.
        uint digits = Vector128.LessThanOrEqual(block - Vector128.Create((ushort)'0'), Vector128.Create((ushort)9)).ExtractMostSignificantBits();
        return BitOperations.TrailingZeroCount(~(LetterMask(block | Vector128.Create((ushort)0x20)) | digits));
    }

    /// <summary>A bit per character (first character lowest) for each ASCII letter among eight lowered characters.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint LetterMask(Vector128<ushort> lower) =>
        Vector128.LessThanOrEqual(lower - Vector128.Create((ushort)'a'), Vector128.Create((ushort)('z' - 'a'))).ExtractMostSignificantBits();
}
