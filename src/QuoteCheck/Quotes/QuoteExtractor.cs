using QuoteCheck.Text;

namespace QuoteCheck.Quotes;

/// <summary>
/// Finds the quotes of a document and attributes them to speakers. Built once per pipeline;
/// immutable and safe to use from many threads.
/// </summary>
/// <remarks>
/// Three steps, each linear in the text: <see cref="QuoteScanner"/> finds the quoted stretches,
/// <see cref="QuoteAttributor"/> reads each paragraph's tokens for cues, speakers and reported speech,
/// and <see cref="SpeakerRegistry"/> merges the mentions into speakers. Strings are made only for the output.
/// </remarks>
internal sealed class QuoteExtractor
{
    public QuoteExtractor(IReadOnlyList<string> extraCueVerbs, IReadOnlyList<ISpeakerPattern> speakerPatterns)
    {
        ExtraCueVerbs = extraCueVerbs;
        SpeakerPatterns = speakerPatterns;
        Cues = extraCueVerbs.Count == 0 ? CueLexicon.Default : new CueLexicon(extraCueVerbs);
    }

    public IReadOnlyList<string> ExtraCueVerbs { get; }

    public IReadOnlyList<ISpeakerPattern> SpeakerPatterns { get; }

    internal CueLexicon Cues { get; }

    public QuoteExtraction Extract(SourceDocument document, DocumentLayout layout, List<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        string text = document.Text;
        var marks = new List<QuotedSpan>();
        QuoteScanner.Scan(text, layout, marks, diagnostics);

        var attributor = new QuoteAttributor(text, Cues, SpeakerPatterns, marks);
        attributor.Run(layout, cancellationToken);
        Speaker[] speakers = attributor.Registry.Build();

        List<FoundQuote> found = attributor.Found;
        found.Sort(static (a, b) => a.Span.CompareTo(b.Span));
        var quotes = new List<Quote>(found.Count);
        var used = new bool[speakers.Length];
        foreach (FoundQuote f in found)
        {
            Speaker? speaker = f.Speaker >= 0 ? speakers[f.Speaker] : null;
            if (f.Speaker >= 0)
            {
                used[f.Speaker] = true;
            }

            IReadOnlyList<TextSpan> parts = f.Marks?.Parts is { Count: > 1 } ps ? [.. ps] : [f.Span];
            TextSpan span = parts.Count > 1 ? parts[0].Cover(parts[^1]) : f.Span;
            string quoteText = parts.Count > 1 ? string.Join(" ", parts.Select(p => text.Substring(p.Start, p.Length))) : text.Substring(span.Start, span.Length);
            quotes.Add(new Quote(quoteText, f.Kind, span, parts)
            {
                Speaker = speaker,
                SpeakerSpan = f.SpeakerSpan,
                Cue = f.CueSpan is { } c ? text.Substring(c.Start, c.Length) : null,
                CueSpan = f.CueSpan,
            });
        }

        Speaker[] quoted = [.. speakers.Where((_, i) => used[i])];
        return new QuoteExtraction(quotes, quoted);
    }
}

/// <summary>The quotes and speakers of one document.</summary>
internal sealed record QuoteExtraction(IReadOnlyList<Quote> Quotes, IReadOnlyList<Speaker> Speakers);
