using QuoteCheck.Text;

namespace QuoteCheck.Invariants;

/// <summary>
/// What holds for any analysis of any text: every span lies inside the text, and a quote's or claim's text
/// is its span. Shared by the NUnit reliability tests (which assert there are no violations) and the fuzz
/// harness (which throws on the first), linked into both projects rather than copied.
/// </summary>
internal static class SpanInvariants
{
    /// <summary>Every broken invariant of <paramref name="analysis"/>, in a sentence each; empty when all hold.</summary>
    public static List<string> Violations(DocumentAnalysis analysis)
    {
        string text = analysis.Document.Text;
        var problems = new List<string>();
        foreach (var quote in analysis.Quotes)
        {
            Inside(text, quote.Span, "quote", problems);
            foreach (TextSpan part in quote.Parts)
            {
                Inside(text, part, "quote part", problems);
            }

            if (quote.Parts.Count <= 1 && IsInside(text, quote.Span) && quote.Text != text.Substring(quote.Span.Start, quote.Span.Length))
            {
                problems.Add($"quote text is not its span {quote.Span}");
            }

            if (quote.SpeakerSpan is { } speaker)
            {
                Inside(text, speaker, "speaker mention", problems);
            }

            if (quote.CueSpan is { } cue)
            {
                Inside(text, cue, "cue", problems);
            }
        }

        foreach (var claim in analysis.Claims)
        {
            Inside(text, claim.Span, "claim", problems);
            Inside(text, claim.Sentence, "claim sentence", problems);
            if (IsInside(text, claim.Span) && claim.Text != text.Substring(claim.Span.Start, claim.Span.Length))
            {
                problems.Add($"claim text is not its span {claim.Span}");
            }
        }

        foreach (var sentence in analysis.Layout.Sentences)
        {
            Inside(text, sentence.Span, "sentence", problems);
        }

        return problems;
    }

    /// <summary>Whether a span lies inside a text of the given length.</summary>
    public static bool IsInside(string text, TextSpan span) => span.Start >= 0 && span.Length >= 0 && span.End <= text.Length;

    private static void Inside(string text, TextSpan span, string what, List<string> problems)
    {
        if (!IsInside(text, span))
        {
            problems.Add($"{what} {span} lies outside a text of {text.Length} characters");
        }
    }
}
