namespace QuoteCheck.CrossCheck;

/// <summary>
/// Short names for documents in explanations: the id without its extension, and, when every id has a
/// prefix before <c>_</c> that is unique in the run (<c>000_5d72….txt</c>), just that prefix.
/// </summary>
internal sealed class DocumentLabels
{
    private readonly string[] _labels;

    public DocumentLabels(IReadOnlyList<DocumentAnalysis> documents)
    {
        string[] bare = [.. documents.Select(static d => Path.GetFileNameWithoutExtension(d.Document.Id) is { Length: > 0 } name ? name : d.Document.Id)];
        string[] prefixes = [.. bare.Select(static b => b.IndexOf('_', StringComparison.Ordinal) is > 0 and var i ? b[..i] : b)];
        bool prefixesUnique = prefixes.Distinct(StringComparer.Ordinal).Count() == prefixes.Length && bare.All(static b => b.Contains('_', StringComparison.Ordinal));
        string[] labels = prefixesUnique ? prefixes : bare;
        _labels = labels.Distinct(StringComparer.Ordinal).Count() == labels.Length ? labels : [.. documents.Select(static d => d.Document.Id)];
    }

    public string this[int document] => _labels[document];

    /// <summary>The labels of some documents as a list, each once, in document order.</summary>
    public string List(IEnumerable<int> documents) => Explanations.List(documents.Distinct().Order().Select(d => _labels[d]));
}
