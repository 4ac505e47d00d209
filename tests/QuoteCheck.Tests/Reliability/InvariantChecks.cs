using QuoteCheck.Text;

namespace QuoteCheck.Tests.Reliability;

/// <summary>What must hold for any analysis of any text: spans inside the text, texts equal to their spans.</summary>
internal static class InvariantChecks
{
    public static void AssertSpansAreFaithful(DocumentAnalysis analysis)
    {
        string text = analysis.Document.Text;
        foreach (var quote in analysis.Quotes)
        {
            AssertInside(text, quote.Span, "quote");
            foreach (TextSpan part in quote.Parts)
            {
                AssertInside(text, part, "quote part");
            }

            if (quote.Parts.Count <= 1)
            {
                Assert.That(quote.Text, Is.EqualTo(text.Substring(quote.Span.Start, quote.Span.Length)), "a quote's text is its span");
            }

            if (quote.SpeakerSpan is { } s)
            {
                AssertInside(text, s, "speaker mention");
            }

            if (quote.CueSpan is { } c)
            {
                AssertInside(text, c, "cue");
            }
        }

        foreach (var claim in analysis.Claims)
        {
            AssertInside(text, claim.Span, "claim");
            Assert.That(claim.Text, Is.EqualTo(text.Substring(claim.Span.Start, claim.Span.Length)), "a claim's text is its span");
            AssertInside(text, claim.Sentence, "claim sentence");
        }

        foreach (var sentence in analysis.Layout.Sentences)
        {
            AssertInside(text, sentence.Span, "sentence");
        }
    }

    private static void AssertInside(string text, TextSpan span, string what) =>
        Assert.That(span.Start >= 0 && span.End <= text.Length, Is.True, $"{what} {span} lies outside a text of {text.Length} characters");
}
