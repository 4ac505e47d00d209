using System.Text;

namespace QuoteCheck.CrossCheck;

/// <summary>A word-level diff of two folded wordings (longest common subsequence), for people.</summary>
internal static class WordDiff
{
    /// <summary>Words only in <paramref name="from"/> are shown <c>[-so-]</c>, words only in <paramref name="to"/> <c>{+so+}</c>.</summary>
    public static string Of(IReadOnlyList<string> from, IReadOnlyList<string> to) => Of(from, to, from, to);

    /// <summary>
    /// As <see cref="Of(IReadOnlyList{string}, IReadOnlyList{string})"/>, comparing the folded words but showing the
    /// display words (the same count), so that a unified spelling ("compromize") never reaches a reader.
    /// </summary>
    public static string Of(IReadOnlyList<string> from, IReadOnlyList<string> to, IReadOnlyList<string> fromDisplay, IReadOnlyList<string> toDisplay)
    {
        // Quotes are short (tens of words), so the quadratic table is cheap; cap it to stay safe on long ones.
        if ((long)from.Count * to.Count > 250_000)
        {
            return "[-" + string.Join(' ', fromDisplay) + "-] {+" + string.Join(' ', toDisplay) + "+}";
        }

        int[,] lcs = new int[from.Count + 1, to.Count + 1];
        for (int i = from.Count - 1; i >= 0; i--)
        {
            for (int j = to.Count - 1; j >= 0; j--)
            {
                lcs[i, j] = string.Equals(from[i], to[j], StringComparison.Ordinal) ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
            }
        }

        var output = new StringBuilder();
        var removed = new List<string>();
        var added = new List<string>();
        int a = 0, b = 0;
        while (a < from.Count || b < to.Count)
        {
            if (a < from.Count && b < to.Count && string.Equals(from[a], to[b], StringComparison.Ordinal))
            {
                Flush(output, removed, added);
                Append(output, toDisplay[b]);
                a++;
                b++;
            }
            else if (b < to.Count && (a == from.Count || lcs[a, b + 1] >= lcs[a + 1, b]))
            {
                added.Add(toDisplay[b++]);
            }
            else
            {
                removed.Add(fromDisplay[a++]);
            }
        }

        Flush(output, removed, added);
        return output.ToString();
    }

    /// <summary>
    /// The stretch of <paramref name="longer"/> from the first to the last word it shares, in order, with
    /// <paramref name="shorter"/>: a source that quotes more than another is compared on the common part.
    /// </summary>
    public static (int Start, int End) AlignedWindow(IReadOnlyList<string> longer, IReadOnlyList<string> shorter)
    {
        if ((long)longer.Count * shorter.Count > 250_000)
        {
            return (0, longer.Count);
        }

        int[,] lcs = new int[longer.Count + 1, shorter.Count + 1];
        for (int i = longer.Count - 1; i >= 0; i--)
        {
            for (int j = shorter.Count - 1; j >= 0; j--)
            {
                lcs[i, j] = string.Equals(longer[i], shorter[j], StringComparison.Ordinal) ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
            }
        }

        int first = -1, last = -1, a = 0, b = 0;
        while (a < longer.Count && b < shorter.Count)
        {
            if (string.Equals(longer[a], shorter[b], StringComparison.Ordinal))
            {
                first = first < 0 ? a : first;
                last = a;
                a++;
                b++;
            }
            else if (lcs[a + 1, b] >= lcs[a, b + 1])
            {
                a++;
            }
            else
            {
                b++;
            }
        }

        return first < 0 ? (0, longer.Count) : (first, last + 1);
    }

    private static void Flush(StringBuilder output, List<string> removed, List<string> added)
    {
        if (removed.Count > 0)
        {
            Append(output, "[-" + string.Join(' ', removed) + "-]");
            removed.Clear();
        }

        if (added.Count > 0)
        {
            Append(output, "{+" + string.Join(' ', added) + "+}");
            added.Clear();
        }
    }

    private static void Append(StringBuilder output, string piece)
    {
        if (output.Length > 0)
        {
            output.Append(' ');
        }

        output.Append(piece);
    }
}
