using System.Reflection;
using QuoteCheck.Text;

namespace QuoteCheck.Sample;

/// <summary>
/// The built-in sample: a fictional ferry disaster covered by three fictional outlets, written for this
/// project. Some figures and quotes agree, some disagree, and one grows as an update.
/// </summary>
internal static class SampleCluster
{
    private static readonly (string Resource, string Outlet)[] Articles =
    [
        ("harbour-gazette.txt", "Harbour Gazette"),
        ("coastal-herald.txt", "Coastal Herald"),
        ("daily-ledger.txt", "Daily Ledger"),
    ];

    public static IReadOnlyList<SourceDocument> Load()
    {
        var assembly = Assembly.GetExecutingAssembly();
        var documents = new List<SourceDocument>(Articles.Length);
        foreach ((string resource, string outlet) in Articles)
        {
            using Stream stream = assembly.GetManifestResourceStream("QuoteCheck.Sample.SampleCluster." + resource)
                ?? throw new InvalidOperationException($"The sample article {resource} is not embedded.");
            using var memory = new MemoryStream();
            stream.CopyTo(memory);
            documents.Add(SourceDocument.FromBytes(resource, memory.ToArray()).WithOutlet(outlet));
        }

        return documents;
    }
}
