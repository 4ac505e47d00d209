using QuoteCheck.Text;

namespace QuoteCheck.Quotes;

/// <summary>
/// Finds the quoted stretches of a document in one pass over its paragraphs.
/// </summary>
/// <remarks>
/// <para>The outermost quote is tracked with one level of nesting for the other kind of mark (a single
/// quote inside a double one or the reverse), so inner marks never end the outer quote.</para>
/// <para>Bounds, so that a stray or missing mark never swallows the article: a quote never crosses a
/// paragraph break unless the next paragraph opens with a quote mark (the news convention for a quote
/// that runs on), and then for at most <see cref="MaxParagraphs"/> paragraphs. A quote left open at the
/// end of its paragraph ends there; when that paragraph is longer than <see cref="MaxUnclosedLength"/>
/// characters it ends instead with the sentence the mark opened. Single marks that never close are
/// apostrophes, not quotes.</para>
/// </remarks>
internal static class QuoteScanner
{
    /// <summary>The most paragraphs one quote may cover.</summary>
    public const int MaxParagraphs = 10;

    /// <summary>The longest stretch an unclosed quote may take before it is cut at its first sentence end.</summary>
    public const int MaxUnclosedLength = 1000;

    /// <summary>Appends the document's quotations to <paramref name="output"/>, taking span objects from <paramref name="spares"/> (left by earlier documents) before making new ones.</summary>
    public static void Scan(string text, DocumentLayout layout, List<QuotedSpan> output, List<QuotedSpan> spares, List<Diagnostic> diagnostics)
    {
        IReadOnlyList<TextSpan> paragraphs = layout.Paragraphs;
        QuotedSpan? carried = null;
        for (int p = 0; p < paragraphs.Count; p++)
        {
            // A single mark that opens and never closes was an apostrophe ('cause, 'em): scan the paragraph
            // again with single marks up to it ignored, so it cannot hide the double quotes after it.
            int outputCount = output.Count, diagnosticCount = diagnostics.Count;
            int singleBarrier = -1;
            int carriedParts = carried?.Parts?.Count ?? 0;
            for (int attempt = 0; ; attempt++)
            {
                QuotedSpan? result = ScanParagraph(text, paragraphs, p, carried, singleBarrier, output, spares, diagnostics, out int unclosedSingle);
                if (unclosedSingle < 0 || attempt == 3)
                {
                    carried = result;
                    break;
                }

                output.RemoveRange(outputCount, output.Count - outputCount);
                diagnostics.RemoveRange(diagnosticCount, diagnostics.Count - diagnosticCount);
                singleBarrier = attempt == 2 ? int.MaxValue : unclosedSingle;
                carried?.Parts?.RemoveRange(carriedParts, carried.Parts.Count - carriedParts);
            }
        }
    }

    // Scans one paragraph; returns a double quote that stays open into the next paragraph, if any.
    private static QuotedSpan? ScanParagraph(string text, IReadOnlyList<TextSpan> paragraphs, int p, QuotedSpan? carried, int singleBarrier, List<QuotedSpan> output, List<QuotedSpan> spares, List<Diagnostic> diagnostics, out int unclosedSingle)
    {
        unclosedSingle = -1;
        TextSpan para = paragraphs[p];
        int start = para.Start, end = para.End;
        QuotedSpan? outer = null;
        int pieceStart = -1;
        bool innerOpen = false;
        int i = start;
        if (carried is not null)
        {
            // The paragraph opens with the mark that continues the quote: skip it.
            QuoteMarks.IsDouble(text, i, end, out int w);
            outer = carried;
            pieceStart = i + w;
            i += w;
        }

        while (i < end)
        {
            int found = text.AsSpan(i, end - i).IndexOfAny(QuoteMarks.All);
            if (found < 0)
            {
                break;
            }

            i += found;
            if (QuoteMarks.IsDouble(text, i, end, out int width))
            {
                bool canOpen = QuoteMarks.CanOpen(text, i, width, start, end);
                bool canClose = QuoteMarks.CanClose(text, i, width, start, end);
                if (outer is null)
                {
                    if (canOpen)
                    {
                        outer = NewSpan(spares, i, i + width, single: false);
                        pieceStart = i + width;
                        innerOpen = false;
                    }
                    else if (canClose && !(i > start && char.IsDigit(text[i - 1])))
                    {
                        diagnostics.Add(new Diagnostic(DiagnosticSeverity.Info, QuoteDiagnostics.StrayMarkCode, QuoteDiagnostics.StrayMark, new TextSpan(i, width)));
                    }
                }
                else if (outer.IsSingle)
                {
                    // A double mark inside a single quote is the inner level.
                    innerOpen = canOpen ? !innerOpen || !canClose : canClose ? false : innerOpen;
                }
                else if (canClose && !(canOpen && innerOpen))
                {
                    Close(outer, pieceStart, i, i + width, output);
                    outer = null;
                }
                else if (canOpen && !canClose)
                {
                    // A second opening mark before any close: the first quote was never closed.
                    EndUnclosed(text, outer, pieceStart, i, output, diagnostics);
                    outer = NewSpan(spares, i, i + width, single: false);
                    pieceStart = i + width;
                    innerOpen = false;
                }

                i += width;
                continue;
            }

            char c = text[i];
            if (QuoteMarks.IsSingle(c) && i > singleBarrier)
            {
                bool letterBefore = i > start && char.IsLetterOrDigit(text[i - 1]);
                bool letterAfter = i + 1 < end && char.IsLetterOrDigit(text[i + 1]);
                bool digitAfter = i + 1 < end && char.IsDigit(text[i + 1]);
                if (letterBefore && letterAfter)
                {
                    i++; // an apostrophe inside a word: don't, Kosovo's
                    continue;
                }

                bool canOpen = !digitAfter && c is not ('\u2019' or '\u203A') && QuoteMarks.CanOpen(text, i, 1, start, end);
                bool canClose = c is not ('\u2018' or '\u201A') && QuoteMarks.CanClose(text, i, 1, start, end);
                if (outer is null)
                {
                    if (canOpen && !canClose)
                    {
                        outer = NewSpan(spares, i, i + 1, single: true);
                        pieceStart = i + 1;
                        innerOpen = false;
                    }
                }
                else if (outer.IsSingle)
                {
                    if (canClose && !canOpen && !innerOpen)
                    {
                        Close(outer, pieceStart, i, i + 1, output);
                        outer = null;
                    }
                }
                else if (canOpen && !canClose)
                {
                    innerOpen = true;
                }
                else if (canClose && innerOpen)
                {
                    innerOpen = false;
                }

                i++;
                continue;
            }

            i++;
        }

        if (outer is null)
        {
            return null;
        }

        if (outer.IsSingle)
        {
            unclosedSingle = outer.OpenMark; // an apostrophe or a stray, not a quote
            return null;
        }

        // Open at the paragraph's end: the quote runs on when the next paragraph opens with a mark.
        int parts = outer.Parts?.Count ?? 0;
        if (p + 1 < paragraphs.Count && parts + 1 < MaxParagraphs)
        {
            TextSpan next = paragraphs[p + 1];
            if (QuoteMarks.IsDouble(text, next.Start, next.End, out int w) && QuoteMarks.CanOpen(text, next.Start, w, next.Start, next.End))
            {
                (outer.Parts ??= []).Add(TextSpan.FromBounds(pieceStart, TrimEnd(text, pieceStart, end)));
                return outer;
            }
        }

        EndUnclosed(text, outer, pieceStart, end, output, diagnostics);
        return null;
    }

    // A quotation per pair of marks: a spare span left by an earlier document when there is one.
    private static QuotedSpan NewSpan(List<QuotedSpan> spares, int openMark, int contentStart, bool single)
    {
        if (spares.Count == 0)
        {
            return new QuotedSpan(openMark, contentStart, single);
        }

        QuotedSpan span = spares[^1];
        spares.RemoveAt(spares.Count - 1);
        span.Reset(openMark, contentStart, single);
        return span;
    }

    private static void Close(QuotedSpan quote, int pieceStart, int contentEnd, int outerEnd, List<QuotedSpan> output)
    {
        quote.ContentEnd = contentEnd;
        quote.OuterEnd = outerEnd;
        quote.Closed = true;
        quote.Parts?.Add(TextSpan.FromBounds(pieceStart, contentEnd));
        Add(quote, output);
    }

    private static void EndUnclosed(string text, QuotedSpan quote, int pieceStart, int limit, List<QuotedSpan> output, List<Diagnostic> diagnostics)
    {
        int end = TrimEnd(text, pieceStart, limit);
        if (end - pieceStart > MaxUnclosedLength)
        {
            end = FirstSentenceEnd(text, pieceStart, end);
        }

        diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, QuoteDiagnostics.UnclosedCode, QuoteDiagnostics.Unclosed, new TextSpan(quote.OpenMark, 1)));
        quote.ContentEnd = end;
        quote.OuterEnd = end;
        quote.Closed = false;
        quote.Parts?.Add(TextSpan.FromBounds(pieceStart, end));
        Add(quote, output);
    }

    private static void Add(QuotedSpan quote, List<QuotedSpan> output)
    {
        if (quote.ContentEnd > quote.ContentStart)
        {
            output.Add(quote);
        }
    }

    private static int TrimEnd(string text, int start, int end)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return end;
    }

    private static int FirstSentenceEnd(string text, int start, int end)
    {
        for (int i = start; i < end - 1; i++)
        {
            if (text[i] is '.' or '!' or '?' && char.IsWhiteSpace(text[i + 1]))
            {
                return i + 1;
            }
        }

        return end;
    }
}
