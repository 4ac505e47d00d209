using QuoteCheck.Text;

namespace QuoteCheck.Quotes;

/// <summary>
/// Splits a paragraph into words, punctuation and whole quotations, reusing the caller's list. A quotation
/// is one token so that the words inside it are never read as the reporter's.
/// </summary>
internal static class Tokenizer
{
    /// <summary>Tokenizes <paramref name="paragraph"/>; <paramref name="quotes"/> are the document's quotations in text order, <paramref name="quoteCursor"/> the first one that may touch this paragraph.</summary>
    public static void Tokenize(string text, TextSpan paragraph, List<QuotedSpan> quotes, ref int quoteCursor, List<Token> output)
    {
        output.Clear();
        int end = paragraph.End;
        int i = paragraph.Start;
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
                    output.Add(new Token(i, qEnd, TokenKind.Quote, false, q));
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
                    i = WordEnd(text, i, limit, output);
                    continue;
                }

                output.Add(new Token(i, i + 1, TokenKind.Punct, false, -1));
                i++;
            }
        }
    }

    // Reads the word starting at start (a letter or digit), adds its token and returns where it ends.
    private static int WordEnd(string text, int start, int limit, List<Token> output)
    {
        int i = start + 1;
        while (i < limit)
        {
            // Runs of ASCII letters and digits, most of every word, are skipped by a vectorised search
            // (a fifth faster over news text than a test per character); the character after decides.
            i = AsciiRuns.End(text, i, limit);
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

        output.Add(new Token(start, i, TokenKind.Word, char.IsUpper(text[start]), -1));
        return i;
    }
}
