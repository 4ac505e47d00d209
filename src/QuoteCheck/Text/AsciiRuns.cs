using System.Buffers;
using System.Runtime.CompilerServices;

namespace QuoteCheck.Text;

/// <summary>
/// Runs of ASCII letters and digits, most of every word in English news, found a block of characters at a time
/// instead of a test per character; the tokenizers then decide on the character after the run.
/// </summary>
internal static class AsciiRuns
{
    /// <summary>The ASCII letters and digits.</summary>
    public static readonly SearchValues<char> LettersAndDigits =
        SearchValues.Create("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    /// <summary>
    /// Where the run of ASCII letters and digits starting at <paramref name="start"/> ends, at most <paramref name="limit"/>:
    /// eight characters at a time (<see cref="AsciiBlocks"/>, which may read past the limit, never past the text), so that
    /// a word of up to seven more characters ends on one test rather than a call to a search set up for long runs.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int End(string text, int start, int limit)
    {
        ReadOnlySpan<char> chars = text;
        int i = start;
        if (AsciiBlocks.Supported)
        {
            while (i + AsciiBlocks.Width <= chars.Length)
            {
                int run = AsciiBlocks.LetterOrDigitRun(chars, i);
                i += run;
                if (run < AsciiBlocks.Width || i >= limit)
                {
                    return Math.Min(i, limit);
                }
            }
        }

        while (i < limit && char.IsAsciiLetterOrDigit(chars[i]))
        {
            i++;
        }

        return i;
    }
}
