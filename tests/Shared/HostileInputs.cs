using System.Text;

namespace QuoteCheck.Synthetic;

/// <summary>
/// Hostile texts of the kinds scrapers bring (empty, binary-looking, unbalanced quote marks, runs that
/// make naive scanners quadratic), each grown to about <c>size</c> characters. Shared by the tests,
/// which check that the analysis stays faithful, and the evaluation program, which times each at 1 MB.
/// </summary>
internal static class HostileInputs
{
    public static IEnumerable<(string Name, string Text)> All(int size)
    {
        yield return ("empty", "");
        yield return ("whitespace only", Grow(" \t\r\n\n  \u00A0\u2003", size));
        yield return ("NUL bytes", Grow("Officials said\0\0\0 \"forty\0 people\" died.\0 ", size));
        yield return ("lone surrogates", Grow("He said \"\uD800 broken \uDC00 text\" on Monday.\uD83D ", size));
        yield return ("replacement runs", new string('\uFFFD', size / 2) + " \"quoted\" she said " + new string('\uFFFD', size / 2));
        yield return ("right to left", Grow("\u0642\u0627\u0644 \u0627\u0644\u0648\u0632\u064A\u0631 \"\u0644\u0627\" \u064A\u0648\u0645 5 \u064A\u0648\u0644\u064A\u0648 2020. ", size));
        yield return ("emoji", Grow("\"We won \uD83C\uDF89\uD83C\uDF89,\" the mayor said on 3 May 2031 \uD83D\uDE00. ", size));
        yield return ("mixed line ends", Grow("One.\r\n\r\n\"Two,\r\nthree,\" he said.\r\rFour.\n\nFive 12%.\n", size));
        yield return ("no punctuation", Grow("words without any stop at all ", size));
        yield return ("opening marks only", Grow("\"", size) + " said Holt");
        yield return ("alternating curly marks", Grow("\u201C\u201D\u2018\u2019\u00AB\u00BB\u201E ", size));
        yield return ("unclosed quote at start", "\u201CThis quote never closes.\n\nNeither does the story, said Holt.\n\n" + Grow("Plain paragraph 12 of 40.\n\n", size));
        yield return ("closing mark used to open", Grow("\u201DWe disagree,\u201D said Marrow. Later: \u201Dfine. ", size));
        yield return ("digit runs", Grow("1234567890", size));
        yield return ("comma runs", Grow("1,", size));
        yield return ("capitalised words", Grow("President Minister General Secretary ", size) + " said.");
        yield return ("said said said", Grow("said ", size));
        yield return ("abbreviations", Grow("Mr. U.S. Gen. Jan. J. ", size));
        yield return ("html", Grow("<script>alert(1)</script><img src=x onerror=alert(2)> \"<b>bold</b>,\" said <i>Holt</i>. ", size));
        yield return ("date-like noise", Grow("2020-07-12 12/07/2020 July 2020 1998-99 last Sunday ", size));
        yield return ("huge numbers", Grow("99999999999999999999 months ago, 1e308 people, 10^400 years, $99999999999999 trillion ", size));
    }

    private static string Grow(string unit, int size)
    {
        var text = new StringBuilder(size + unit.Length);
        do
        {
            text.Append(unit);
        }
        while (text.Length < size);
        return text.ToString();
    }
}
