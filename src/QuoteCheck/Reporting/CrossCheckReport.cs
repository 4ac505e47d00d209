namespace QuoteCheck.Reporting;

/// <summary>
/// The result of checking a cluster of documents against each other: each document's analysis, the
/// quotes and claims lined up across documents, and the conflicts found.
/// </summary>
/// <remarks>Immutable and safe to share across threads.</remarks>
public sealed class CrossCheckReport
{
    internal CrossCheckReport(IReadOnlyList<DocumentAnalysis> documents)
    {
        Documents = documents;
    }

    /// <summary>The version of the report's JSON schema (see docs/report-format.md).</summary>
    public const int SchemaVersion = 1;

    /// <summary>Each document's analysis, in the order given.</summary>
    public IReadOnlyList<DocumentAnalysis> Documents { get; }
}
