using QuoteCheck.Claims;
using QuoteCheck.Claims.Values;
using QuoteCheck.CrossCheck;
using QuoteCheck.Quotes;
using QuoteCheck.Reporting;
using QuoteCheck.Text;

namespace QuoteCheck;

/// <summary>
/// The front door: an immutable pipeline that analyses documents (quotes, speakers, claims) and
/// cross-checks a cluster of them.
/// </summary>
/// <remarks>
/// Build it once with <see cref="QuoteCheckerBuilder"/> (or take <see cref="Default"/>) and reuse it:
/// it holds no per-call state and is safe to use from many threads at once. Analysing text never
/// throws for odd input; problems come back as <see cref="DocumentAnalysis.Diagnostics"/>.
/// </remarks>
/// <example>
/// <code>
/// var checker = QuoteChecker.Default;
/// var docs = Directory.GetFiles("cluster", "*.txt").Select(p => SourceDocument.Load(p));
/// CrossCheckReport report = checker.Check(docs);
/// foreach (var doc in report.Documents)
///     foreach (var quote in doc.Quotes)
///         Console.WriteLine($"{doc.Document.Id}: {quote.Speaker?.Name ?? "unknown"}: {quote.Text}");
/// </code>
/// </example>
public sealed class QuoteChecker
{
    private readonly QuoteExtractor _quotes;
    private readonly ValueRecognizer _values;
    private readonly ClaimExtractor _claims;
    private readonly CrossChecker _crossChecker;

    internal QuoteChecker(QuoteExtractor quotes, ValueRecognizer values, ClaimExtractor claims, CrossChecker crossChecker, int maxDegreeOfParallelism)
    {
        _quotes = quotes;
        _values = values;
        _claims = claims;
        _crossChecker = crossChecker;
        MaxDegreeOfParallelism = maxDegreeOfParallelism;
    }

    /// <summary>A pipeline with the built-in cue verbs and claim rules.</summary>
    public static QuoteChecker Default { get; } = new QuoteCheckerBuilder().Build();

    /// <summary>The claim rules the pipeline applies.</summary>
    public ClaimRuleSet ClaimRules => _claims.Rules;

    /// <summary>How many documents are analysed at once by <see cref="AnalyzeAll(IEnumerable{SourceDocument}, CancellationToken)"/> and <see cref="Check(IEnumerable{SourceDocument}, CancellationToken)"/>.</summary>
    public int MaxDegreeOfParallelism { get; }

    /// <summary>Finds the quotes, speakers and claims of one document.</summary>
    /// <param name="document">The document.</param>
    /// <param name="cancellationToken">Cancels the analysis.</param>
    /// <returns>The analysis. Never null; odd input gives diagnostics, not exceptions.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public DocumentAnalysis Analyze(SourceDocument document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        cancellationToken.ThrowIfCancellationRequested();
        DocumentLayout layout = DocumentLayout.Of(document);

        // The diagnostics are gathered in a list kept per thread (taken out while in use, as a rule may analyse
        // text) and copied out at their final size; most documents have none and share the empty array.
        List<Diagnostic> diagnostics = ThreadList<Diagnostic>.Take();
        try
        {
            QuoteExtraction quotes = _quotes.Extract(document, layout, diagnostics, cancellationToken);
            IReadOnlyList<Claim> claims = ExtractClaims(document, layout, quotes.Quotes, cancellationToken);
            return new DocumentAnalysis(document, layout, quotes.Quotes, quotes.Speakers, claims, diagnostics.Count == 0 ? [] : diagnostics.ToArray());
        }
        finally
        {
            ThreadList<Diagnostic>.Give(diagnostics, MaxKeptDiagnostics);
        }
    }

    private const int MaxKeptDiagnostics = 1024;

    /// <summary>Values and the claims made of them: the only part of an analysis that depends on the article's date.</summary>
    private IReadOnlyList<Claim> ExtractClaims(SourceDocument document, DocumentLayout layout, IReadOnlyList<Quote> quotes, CancellationToken cancellationToken)
    {
        // The values list is only read by the claim step: one list per thread, reused (taken out while in use).
        List<RecognizedValue> values = ThreadList<RecognizedValue>.Take();
        try
        {
            _values.Recognize(document.Text, document.Body, document.Published, values);
            return _claims.Extract(document, layout, values, quotes, cancellationToken);
        }
        finally
        {
            ThreadList<RecognizedValue>.Give(values, MaxKeptValues);
        }
    }

    private const int MaxKeptValues = 4096;

    /// <summary>Analyses several documents, in parallel, and returns the analyses in the order given.</summary>
    /// <param name="documents">The documents.</param>
    /// <param name="cancellationToken">Cancels the analysis.</param>
    /// <returns>One analysis per document, in input order; the same whatever the degree of parallelism. Odd text gives diagnostics, never an exception.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="documents"/> or one of its items is null.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled; no partial result is returned.</exception>
    public IReadOnlyList<DocumentAnalysis> AnalyzeAll(IEnumerable<SourceDocument> documents, CancellationToken cancellationToken = default) =>
        AnalyzeEach(documents, progress: null, cancellationToken);

    private DocumentAnalysis[] AnalyzeEach(IEnumerable<SourceDocument> documents, IProgress<CheckProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(documents);
        SourceDocument[] input = [.. documents];
        foreach (SourceDocument d in input)
        {
            ArgumentNullException.ThrowIfNull(d, nameof(documents));
        }

        var results = new DocumentAnalysis[input.Length];
        var options = new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = MaxDegreeOfParallelism };
        if (progress is null)
        {
            Parallel.For(0, input.Length, options, i => results[i] = Analyze(input[i], cancellationToken));
            return results;
        }

        progress.Report(new CheckProgress(CheckStage.Analyzing, 0, input.Length));
        int done = 0;
        Parallel.For(0, input.Length, options, i =>
        {
            results[i] = Analyze(input[i], cancellationToken);
            progress.Report(new CheckProgress(CheckStage.Analyzing, Interlocked.Increment(ref done), input.Length));
        });
        return results;
    }

    /// <summary>Analyses a cluster of documents about one event and reports where they disagree.</summary>
    /// <param name="documents">The documents.</param>
    /// <param name="cancellationToken">Cancels the check.</param>
    /// <returns>The report. Odd text gives diagnostics, never an exception.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="documents"/> or one of its items is null.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled; no partial report is returned.</exception>
    public CrossCheckReport Check(IEnumerable<SourceDocument> documents, CancellationToken cancellationToken = default) =>
        Check(documents, progress: null, cancellationToken);

    /// <summary>Analyses a cluster of documents about one event and reports where they disagree, telling <paramref name="progress"/> how far it has got.</summary>
    /// <param name="documents">The documents.</param>
    /// <param name="progress">
    /// Told of each document analysed and of the cross-check's start and end; null for none. Reports come from the
    /// threads doing the work, several at once when documents are analysed in parallel, so <see cref="CheckProgress.Completed"/>
    /// can arrive out of order: keep the largest. <see cref="Progress{T}"/> hands them to the caller's
    /// synchronisation context (a UI thread), and a console can write them from any thread behind a lock.
    /// </param>
    /// <param name="cancellationToken">Cancels the check.</param>
    /// <returns>The report: the same as without progress. Odd text gives diagnostics, never an exception.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="documents"/> or one of its items is null.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled; no partial report is returned.</exception>
    /// <example>
    /// <code>
    /// var progress = new Progress&lt;CheckProgress&gt;(p => Console.Error.Write($"\r{p.Stage}: {p.Completed} of {p.Total}"));
    /// CrossCheckReport report = QuoteChecker.Default.Check(documents, progress);
    /// </code>
    /// </example>
    public CrossCheckReport Check(IEnumerable<SourceDocument> documents, IProgress<CheckProgress>? progress, CancellationToken cancellationToken = default)
    {
        DocumentAnalysis[] analyses = AnalyzeEach(documents, progress, cancellationToken);
        progress?.Report(new CheckProgress(CheckStage.CrossChecking, 0, analyses.Length));
        SourceRelations relations = SourceRelations.Of(analyses, MaxDegreeOfParallelism, cancellationToken);

        // An undated article's claims are read again against the date estimated from its cluster, so that
        // "last month" and "18 months ago" resolve; the report marks the date as estimated. Its layout and
        // quotes do not depend on the date and are kept.
        Parallel.For(0, analyses.Length, new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = MaxDegreeOfParallelism }, i =>
        {
            if (relations.Estimated[i] && relations.ReferenceDate[i] is { } estimated)
            {
                DocumentAnalysis undated = analyses[i];
                IReadOnlyList<Claim> claims = ExtractClaims(undated.Document.WithPublished(estimated), undated.Layout, undated.Quotes, cancellationToken);
                var diagnostics = new List<Diagnostic>(undated.Diagnostics)
                {
                    new(DiagnosticSeverity.Info, EstimatedDateCode, $"The article carries no date; it is read as of {estimated:yyyy-MM-dd}, estimated from the other articles on the same event."),
                };
                analyses[i] = new DocumentAnalysis(undated.Document, undated.Layout, undated.Quotes, undated.Speakers, claims, diagnostics);
            }
        });

        CrossCheckReport report = _crossChecker.Check(analyses, relations, cancellationToken);
        progress?.Report(new CheckProgress(CheckStage.CrossChecking, analyses.Length, analyses.Length));
        return report;
    }

    /// <summary>The diagnostic code given to a document whose date was estimated from its cluster.</summary>
    public const string EstimatedDateCode = "estimated-date";

    /// <summary>Cross-checks documents analysed before (by <see cref="Analyze"/> or <see cref="AnalyzeAll"/>), so that one analysis can serve several checks.</summary>
    /// <param name="analyses">The analyses, in the order the report should list them.</param>
    /// <param name="cancellationToken">Cancels the check.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="analyses"/> or one of its items is null.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled; no partial report is returned.</exception>
    public CrossCheckReport CrossCheck(IEnumerable<DocumentAnalysis> analyses, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(analyses);
        DocumentAnalysis[] input = [.. analyses];
        foreach (DocumentAnalysis a in input)
        {
            ArgumentNullException.ThrowIfNull(a, nameof(analyses));
        }

        return _crossChecker.Check(input, cancellationToken);
    }

    /// <summary>Lists every value (number, percentage, money, date, duration) recognised in a text: what a rule author needs to see.</summary>
    /// <param name="text">The text.</param>
    /// <param name="referenceDate">The date relative expressions are resolved against; null leaves them unresolved.</param>
    /// <returns>The values in text order, possibly none. Any non-null text gives a result, never an exception; every span indexes <paramref name="text"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public IReadOnlyList<RecognizedValue> RecognizeValues(string text, DateOnly? referenceDate = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var values = new List<RecognizedValue>();
        _values.Recognize(text, new TextSpan(0, text.Length), referenceDate, values);
        return values;
    }
}
