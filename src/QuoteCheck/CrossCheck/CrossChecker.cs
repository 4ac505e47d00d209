using QuoteCheck.Quotes;
using QuoteCheck.Reporting;
using QuoteCheck.Text;

namespace QuoteCheck.CrossCheck;

/// <summary>
/// Lines up quotes and claims across documents and finds the conflicts. Steps: relate the documents
/// (event clusters, duplicates, reference dates), group quotes, group claims, then turn each group into
/// findings. Every step works through inverted indexes or buckets, never all pairs. Immutable.
/// </summary>
internal sealed class CrossChecker(int maxDegreeOfParallelism)
{
    public CrossCheckReport Check(IReadOnlyList<DocumentAnalysis> documents, CancellationToken cancellationToken) =>
        Check(documents, SourceRelations.Of(documents, maxDegreeOfParallelism, cancellationToken), cancellationToken);

    public CrossCheckReport Check(IReadOnlyList<DocumentAnalysis> documents, SourceRelations relations, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var labels = new DocumentLabels(documents);
        var conflicts = new List<Conflict>();
        for (int i = 0; i < documents.Count; i++)
        {
            if (relations.DuplicateOf[i] is var original and >= 0)
            {
                conflicts.Add(DuplicateFinding(documents, labels, original, i, relations.DuplicatePercent[i]));
            }
        }

        // Claims and quotes are lined up independently: on more than one core the claims go on a pool thread while
        // this one groups the quotes. Their findings are joined in the same order either way (quotes, then claims),
        // so the report does not depend on which finishes first.
        var claimConflicts = new List<Conflict>();
        Task<List<ClaimGroup>>? claimsRunning = maxDegreeOfParallelism == 1 ? null
            : Task.Run(() => ClaimFindings.Find(documents, relations, labels, claimConflicts, maxDegreeOfParallelism, cancellationToken), cancellationToken);
        List<QuoteEntry>[] perDocument = PerDocument.Map(documents.Count, maxDegreeOfParallelism, cancellationToken, d =>
        {
            if (relations.DuplicateOf[d] >= 0)
            {
                return []; // a copy counts once: its quotes and claims are the original's
            }

            var entries = new List<QuoteEntry>(documents[d].Quotes.Count);
            foreach (Quote quote in documents[d].Quotes)
            {
                if (quote.Kind == QuoteKind.Unattributed)
                {
                    continue;
                }

                string[] words = TextFolding.Words(quote.Text);
                if (words.Length > 0)
                {
                    entries.Add(new QuoteEntry(d, relations.Cluster[d], quote, words, string.Join(' ', words)));
                }
            }

            return entries;
        });
        // Joined at their final size (a list grown by doubling copied each entry about twice).
        var quoteEntries = new List<QuoteEntry>(perDocument.Sum(static e => e.Count));
        foreach (List<QuoteEntry> entries in perDocument)
        {
            quoteEntries.AddRange(entries);
        }

        List<QuoteGroup> quoteGroups = QuoteFindings.Find(documents, labels, QuoteAligner.Group(quoteEntries, maxDegreeOfParallelism, cancellationToken), conflicts);
        List<ClaimGroup> claimGroups = claimsRunning is null
            ? ClaimFindings.Find(documents, relations, labels, claimConflicts, maxDegreeOfParallelism, cancellationToken)
            : claimsRunning.GetAwaiter().GetResult();
        conflicts.AddRange(claimConflicts);

        // Document order by id through one table: a scan of the documents per conflict made ordering the
        // findings cost conflicts × documents (a quarter of the check at 30,000 articles).
        var documentIndex = new Dictionary<string, int>(documents.Count, StringComparer.Ordinal);
        for (int i = documents.Count - 1; i >= 0; i--)
        {
            documentIndex[documents[i].Document.Id] = i; // the first document with an id wins, as the scan did
        }

        Conflict[] ordered =
        [
            .. conflicts
                .OrderByDescending(static c => c.Severity)
                .ThenBy(static c => c.Kind)
                .ThenBy(c => c.Evidence.Count == 0 ? 0 : documentIndex.GetValueOrDefault(c.Evidence[0].DocumentId, documents.Count))
                .ThenBy(static c => c.Evidence.Count == 0 ? 0 : c.Evidence[0].Span.Start)
                .ThenBy(static c => c.Explanation, StringComparer.Ordinal),
        ];
        for (int i = 0; i < ordered.Length; i++)
        {
            ordered[i] = ordered[i] with { Id = "c" + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) };
        }

        var estimated = new Dictionary<string, DateOnly>(StringComparer.Ordinal);
        for (int i = 0; i < documents.Count; i++)
        {
            if (relations.Estimated[i] && relations.ReferenceDate[i] is { } date)
            {
                estimated[documents[i].Document.Id] = date;
            }
        }

        return new CrossCheckReport(documents, quoteGroups, claimGroups, ordered, estimated);
    }

    private static Conflict DuplicateFinding(IReadOnlyList<DocumentAnalysis> documents, DocumentLabels labels, int original, int copy, int percent)
    {
        string explanation = Explanations.Format(Explanations.Duplicate, labels[original], labels[copy], percent);
        return new Conflict(ConflictKind.Duplicate, ConflictSeverity.Info, explanation, [Opening(documents[original]), Opening(documents[copy])]);
    }

    /// <summary>The first sentence of a document's body, as the evidence that two articles are one.</summary>
    private static Evidence Opening(DocumentAnalysis analysis)
    {
        SourceDocument doc = analysis.Document;
        TextSpan span = analysis.Layout.Sentences.FirstOrDefault(s => doc.Body.Contains(s.Span.Start))?.Span ?? doc.Body;
        return new Evidence(doc.Id, span.Slice(doc.Text).ToString(), span);
    }
}
