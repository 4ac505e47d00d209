using System.Text;

namespace QuoteCheck.CrossCheck;

/// <summary>A word-level diff of two folded wordings (longest common subsequence), for people.</summary>
internal static class WordDiff
{
    /// <summary>Words only in <paramref name="from"/> are shown <c>[-so-]</c>, words only in <paramref name="to"/> <c>{+so+}</c>.</summary>
    public static string Of(IReadOnlyList<string> from, IReadOnlyList<string> to)
    {
        // Quotes are short (tens of words), so the quadratic table is cheap; cap it to stay safe on long ones.
        if ((long)from.Count * to.Count > 250_000)
        {
            return "[-" + string.Join(' ', from) + "-] {+" + string.Join(' ', to) + "+}";
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
                Append(output, from[a]);
                a++;
                b++;
            }
            else if (b < to.Count && (a == from.Count || lcs[a, b + 1] >= lcs[a + 1, b]))
            {
                added.Add(to[b++]);
            }
            else
            {
                removed.Add(from[a++]);
            }
        }

        Flush(output, removed, added);
        return output.ToString();
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
