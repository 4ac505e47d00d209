using System.Diagnostics;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using QuoteCheck.Quotes;
using QuoteCheck.Text;

namespace QuoteCheck.Evaluation;

/// <summary>
/// Quote extraction on PolNeAR: runs the library on each line's text and date and writes
/// {"documents":[{"id","quotes":[{"text","start","end","speaker","kind"}]}]} for score.py.
/// </summary>
/// <remarks>
/// The library's model is mapped to PolNeAR's, which annotates one attribution per content clause and
/// no unattributed words: a partial quote that lies inside an indirect quote of ours is the same
/// attribution (PolNeAR's "mixed" kind), so only the indirect clause is written; unattributed quotes
/// (scare quotes) are not written. Kinds are written as PolNeAR names them (direct, mixed, indirect).
/// </remarks>
internal static class QuotesEvaluation
{
    public static int Run(string[] args)
    {
        if (args.Length < 2)
        {
            Console.Error.WriteLine("usage: QuoteCheck.Evaluation quotes GOLD.jsonl OUT.json");
            return 2;
        }

        var documents = new List<SourceDocument>();
        foreach (string line in File.ReadLines(args[0]))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            JObject gold = JObject.Parse(line);
            string id = (string)gold["id"]!;
            DateOnly? date = DateOnly.TryParse((string?)gold["date"], out DateOnly d) ? d : null;
            documents.Add(SourceDocument.Create(id, (string)gold["text"]!, date));
        }

        var clock = Stopwatch.StartNew();
        IReadOnlyList<DocumentAnalysis> analyses = QuoteChecker.Default.AnalyzeAll(documents);
        clock.Stop();
        long chars = documents.Sum(doc => (long)doc.Text.Length);
        Console.Error.WriteLine($"{documents.Count} documents, {chars / 1e6:F2} M chars analysed in {clock.Elapsed.TotalSeconds:F2} s (first pass, all cores)");

        // A rough single-thread figure once the code is warm (BenchmarkDotNet gives the real one).
        QuoteChecker single = new QuoteCheckerBuilder().WithMaxDegreeOfParallelism(1).Build();
        clock.Restart();
        _ = single.AnalyzeAll(documents);
        clock.Stop();
        Console.Error.WriteLine($"warm, one thread: {clock.Elapsed.TotalSeconds:F2} s, {chars / 1e6 / clock.Elapsed.TotalSeconds:F1} M chars/s");

        using var writer = new JsonTextWriter(new StreamWriter(args[1])) { Formatting = Formatting.None };
        writer.WriteStartObject();
        writer.WritePropertyName("documents");
        writer.WriteStartArray();
        foreach (DocumentAnalysis analysis in analyses)
        {
            writer.WriteStartObject();
            writer.WritePropertyName("id");
            writer.WriteValue(analysis.Document.Id);
            writer.WritePropertyName("quotes");
            writer.WriteStartArray();
            foreach (Quote quote in Scored(analysis.Quotes))
            {
                writer.WriteStartObject();
                writer.WritePropertyName("text");
                writer.WriteValue(quote.Text);
                writer.WritePropertyName("start");
                writer.WriteValue(quote.Span.Start);
                writer.WritePropertyName("end");
                writer.WriteValue(quote.Span.End);
                writer.WritePropertyName("speaker");
                writer.WriteValue(quote.Speaker?.Name);
                writer.WritePropertyName("cue");
                writer.WriteValue(quote.Cue);
                writer.WritePropertyName("cueStart");
                writer.WriteValue(quote.CueSpan?.Start);
                writer.WritePropertyName("speakerKind");
                writer.WriteValue(quote.Speaker?.Kind.ToString());
                writer.WritePropertyName("kind");
                writer.WriteValue(KindName(quote, analysis.Quotes));
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        return 0;
    }

    /// <summary>The quotes PolNeAR would annotate: attributed ones, with a partial quote folded into the indirect clause around it.</summary>
    public static IEnumerable<Quote> Scored(IReadOnlyList<Quote> quotes)
    {
        foreach (Quote quote in quotes)
        {
            if (quote.Kind == QuoteKind.Unattributed)
            {
                continue;
            }

            if (quote.Kind == QuoteKind.Partial && quotes.Any(o => o.Kind == QuoteKind.Indirect && o.Span.Contains(quote.Span)))
            {
                continue;
            }

            yield return quote;
        }
    }

    private static string KindName(Quote quote, IReadOnlyList<Quote> all) => quote.Kind switch
    {
        QuoteKind.Indirect => all.Any(o => o.Kind == QuoteKind.Partial && quote.Span.Contains(o.Span)) ? "mixed" : "indirect",
        QuoteKind.Partial => "mixed",
        _ => "direct",
    };
}
