using System.Reflection;
using QuoteCheck.Text;

namespace QuoteCheck.Sample;

/// <summary>
/// The built-in sample: a fictional ferry disaster covered by four fictional outlets, written for this
/// project. It shows every kind of finding: agreements, a quote worded differently, a truncated quote,
/// a misattribution, a quote reported with its sense flipped, figures and dates that disagree (one article
/// also with itself), a death toll that grows as an update, and an undated wire copy of one story.
/// </summary>
internal static class SampleCluster
{
    private static readonly (string Resource, string Outlet)[] Articles =
    [
        ("harbour-gazette.txt", "Harbour Gazette"),
        ("coastal-herald.txt", "Coastal Herald"),
        ("daily-ledger.txt", "Daily Ledger"),
        ("valley-courier.txt", "Valley Courier"),
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
