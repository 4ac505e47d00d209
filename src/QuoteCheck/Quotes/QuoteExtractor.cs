using QuoteCheck.Text;

namespace QuoteCheck.Quotes;

/// <summary>
/// Finds the quotes of a document and attributes them to speakers. Built once per pipeline;
/// immutable and safe to use from many threads.
/// </summary>
/// <remarks>
/// Three steps, each linear in the text: <see cref="QuoteScanner"/> finds the quoted stretches,
/// <see cref="QuoteAttributor"/> reads each paragraph's tokens for cues, speakers and reported speech,
/// and <see cref="SpeakerRegistry"/> merges the mentions into speakers. Strings are made only for the output (a quote's words when first read).
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

        // The attributor's buffers (tokens, marks, speaker words) are kept per thread and reused, so a
        // document costs only its results. Taken out while in use, so nothing can share it.
        QuoteAttributor attributor = t_attributor ?? new QuoteAttributor();
        t_attributor = null;
        try
        {
            return Extract(document.Text, layout, diagnostics, attributor, cancellationToken);
        }
        finally
        {
            attributor.Release();
            t_attributor = attributor;
        }
    }

    [ThreadStatic]
    private static QuoteAttributor? t_attributor;

    private QuoteExtraction Extract(string text, DocumentLayout layout, List<Diagnostic> diagnostics, QuoteAttributor attributor, CancellationToken cancellationToken)
    {
        attributor.Reset(text, Cues, SpeakerPatterns);
        QuoteScanner.Scan(text, layout, attributor.Marks, attributor.SpareMarks, diagnostics);
        attributor.Run(layout, cancellationToken);

        List<FoundQuote> found = attributor.Found;

        // Replaced attributions are dropped first, keeping the order of the rest, so the sort sees the list it always saw.
        found.RemoveAll(static f => f.Replaced);
        found.Sort(static (a, b) => a.Span.CompareTo(b.Span));
        Span<bool> used = attributor.UsedSpeakers(attributor.Registry.Count);
        int usedCount = 0;
        foreach (FoundQuote f in found)
        {
            if (f.Speaker >= 0 && !used[f.Speaker])
            {
                used[f.Speaker] = true;
                usedCount++;
            }
        }

        Span<Speaker?> speakers = attributor.BuiltSpeakers(attributor.Registry.Count);
        attributor.Registry.Build(used, speakers);
        // An array at its final size; each quote's words are made from its parts when first read (see Quote.Text).
        var quotes = new Quote[found.Count];
        for (int i = 0; i < quotes.Length; i++)
        {
            FoundQuote f = found[i];
            QuoteParts parts = QuoteParts.Of(text, f.Span, f.Marks?.Parts);
            quotes[i] = new Quote(f.Kind, parts)
            {
                Speaker = f.Speaker >= 0 ? speakers[f.Speaker] : null,
                SpeakerSpan = f.SpeakerSpan,
                Cue = f.CueSpan is { } c ? CueText(text, c) : null,
                CueSpan = f.CueSpan,
            };
        }

        var quoted = new Speaker[usedCount];
        int n = 0;
        foreach (Speaker? speaker in speakers)
        {
            if (speaker is not null)
            {
                quoted[n++] = speaker;
            }
        }

        return new QuoteExtraction(quotes, quoted);
    }

    // Cue words repeat ("said", "told", "according to"): one string each, shared by every quote on this thread.
    private static string CueText(string text, TextSpan cue)
    {
        Dictionary<string, string> cues = t_cueTexts ??= new Dictionary<string, string>(StringComparer.Ordinal);
        Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> lookup = cues.GetAlternateLookup<ReadOnlySpan<char>>();
        ReadOnlySpan<char> word = cue.Slice(text);
        if (lookup.TryGetValue(word, out string? known))
        {
            return known;
        }

        string made = word.ToString();
        if (cues.Count < MaxSharedCueTexts)
        {
            cues[made] = made;
        }

        return made;
    }

    private const int MaxSharedCueTexts = 4096;

    [ThreadStatic]
    private static Dictionary<string, string>? t_cueTexts;
}

/// <summary>The quotes and speakers of one document (a value: one object fewer per document).</summary>
internal readonly record struct QuoteExtraction(IReadOnlyList<Quote> Quotes, IReadOnlyList<Speaker> Speakers);
