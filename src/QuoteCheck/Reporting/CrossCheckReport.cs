using QuoteCheck.CrossCheck;

namespace QuoteCheck.Reporting;

/// <summary>
/// The result of checking a cluster of documents against each other: each document's analysis, the
/// quotes and claims lined up across documents, and the conflicts found.
/// </summary>
/// <remarks>Immutable and safe to share across threads. Everything is in a stable order: the same input gives the same report.</remarks>
public sealed class CrossCheckReport
{
    internal CrossCheckReport(
        IReadOnlyList<DocumentAnalysis> documents,
        IReadOnlyList<QuoteGroup> quoteGroups,
        IReadOnlyList<ClaimGroup> claimGroups,
        IReadOnlyList<Conflict> conflicts,
        IReadOnlyDictionary<string, DateOnly> estimatedDates)
    {
        Documents = documents;
        QuoteGroups = quoteGroups;
        ClaimGroups = claimGroups;
        Conflicts = conflicts;
        EstimatedDates = estimatedDates;
    }

    internal CrossCheckReport(IReadOnlyList<DocumentAnalysis> documents)
        : this(documents, [], [], [], new Dictionary<string, DateOnly>())
    {
    }

    /// <summary>The version of the report's JSON schema (see docs/report-format.md).</summary>
    public const int SchemaVersion = 2;

    /// <summary>Each document's analysis, in the order given.</summary>
    public IReadOnlyList<DocumentAnalysis> Documents { get; }

    /// <summary>Quotes given by more than one source, each group once, in order of first appearance.</summary>
    public IReadOnlyList<QuoteGroup> QuoteGroups { get; }

    /// <summary>Claims about the same thing across sources (or twice in one), in a stable order.</summary>
    public IReadOnlyList<ClaimGroup> ClaimGroups { get; }

    /// <summary>The findings, most severe first: disagreements, then updates and duplicate sources (<see cref="ConflictSeverity.Info"/>).</summary>
    public IReadOnlyList<Conflict> Conflicts { get; }

    /// <summary>Dates estimated for documents that carry none (document id to date), from the dated articles on the same event.</summary>
    public IReadOnlyDictionary<string, DateOnly> EstimatedDates { get; }

    /// <summary>Whether any finding is a disagreement (severity above <see cref="ConflictSeverity.Info"/>).</summary>
    public bool HasDisagreements => Conflicts.Any(static c => c.IsDisagreement);
}
