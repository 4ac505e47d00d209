using System.Buffers;

namespace QuoteCheck.Text;

/// <summary>
/// Runs of ASCII letters and digits, most of every word in English news, found with one vectorised search
/// instead of a test per character; the tokenizers then decide on the character after the run.
/// </summary>
internal static class AsciiRuns
{
    /// <summary>The ASCII letters and digits.</summary>
    public static readonly SearchValues<char> LettersAndDigits =
        SearchValues.Create("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    /// <summary>Where the run of ASCII letters and digits starting at <paramref name="start"/> ends, at most <paramref name="limit"/>.</summary>
    public static int End(string text, int start, int limit)
    {
        int run = text.AsSpan(start, limit - start).IndexOfAnyExcept(LettersAndDigits);
        return run < 0 ? limit : start + run;
    }
}
