using QuoteCheck.Text;

namespace QuoteCheck.Fuzz;

/// <summary>What holds for any analysis of any text (the same checks as the NUnit reliability tests).</summary>
internal static class Invariants
{
    public static void CheckAnalysis(DocumentAnalysis analysis)
    {
        string text = analysis.Document.Text;
        foreach (var quote in analysis.Quotes)
        {
            CheckInside(text, quote.Span, "quote");
            foreach (TextSpan part in quote.Parts)
            {
                CheckInside(text, part, "quote part");
            }

            if (quote.Parts.Count <= 1 && quote.Text != text.Substring(quote.Span.Start, quote.Span.Length))
            {
                throw new InvariantBrokenException($"quote text is not its span {quote.Span}");
            }

            if (quote.SpeakerSpan is { } speaker)
            {
                CheckInside(text, speaker, "speaker mention");
            }

            if (quote.CueSpan is { } cue)
            {
                CheckInside(text, cue, "cue");
            }
        }

        foreach (var claim in analysis.Claims)
        {
            CheckInside(text, claim.Span, "claim");
            CheckInside(text, claim.Sentence, "claim sentence");
            if (claim.Text != text.Substring(claim.Span.Start, claim.Span.Length))
            {
                throw new InvariantBrokenException($"claim text is not its span {claim.Span}");
            }
        }

        foreach (var sentence in analysis.Layout.Sentences)
        {
            CheckInside(text, sentence.Span, "sentence");
        }
    }

    public static void CheckInside(string text, TextSpan span, string what)
    {
        if (span.Start < 0 || span.Length < 0 || span.End > text.Length)
        {
            throw new InvariantBrokenException($"{what} {span} lies outside a text of {text.Length} characters");
        }
    }
}

/// <summary>An invariant of the library's results does not hold: a finding for the fuzzer, like an exception.</summary>
internal sealed class InvariantBrokenException(string message) : Exception(message);
