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
            if (q < quotes.Count && quotes[q].OpenMark < end && i >= quotes[q].OpenMark)
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

            int limit = q < quotes.Count && quotes[q].OpenMark < end ? Math.Max(quotes[q].OpenMark, i) : end;
            char c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                int s = i;
                i++;
                while (i < limit)
                {
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

                output.Add(new Token(s, i, TokenKind.Word, char.IsUpper(c), -1));
                continue;
            }

            output.Add(new Token(i, i + 1, TokenKind.Punct, false, -1));
            i++;
        }
    }
}
