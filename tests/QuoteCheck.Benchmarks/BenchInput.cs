using System.Text;
using Newtonsoft.Json.Linq;
using QuoteCheck.Synthetic;
using QuoteCheck.Text;

namespace QuoteCheck.Benchmarks;

/// <summary>
/// The text every stage benchmark runs over, the same in the host process (which computes MB/s) and
/// in the benchmark process. Real articles from ../shared/corpus/quotes when present (read at run time,
/// never copied), otherwise synthetic articles of our own.
/// </summary>
internal static class BenchInput
{
    private static readonly Lazy<IReadOnlyList<SourceDocument>> LazyDocuments = new(Load);

    /// <summary>Where the documents came from, for the docs.</summary>
    public static string Origin { get; private set; } = "";

    public static IReadOnlyList<SourceDocument> Documents => LazyDocuments.Value;

    /// <summary>UTF-8 bytes of all documents' text.</summary>
    public static long TotalBytes => Documents.Sum(d => (long)Encoding.UTF8.GetByteCount(d.Text));

    /// <summary>Analyses every document one after the other; returns the quotes and claims found, so the work is not optimised away.</summary>
    public static int AnalyzeEach(QuoteChecker checker)
    {
        int count = 0;
        foreach (SourceDocument d in Documents)
        {
            DocumentAnalysis a = checker.Analyze(d);
            count += a.Quotes.Count + a.Claims.Count;
        }

        return count;
    }

    private static List<SourceDocument> Load()
    {
        string? corpus = FindShared("corpus/quotes/dev.jsonl");
        var documents = new List<SourceDocument>();
        if (corpus is not null)
        {
            foreach (string line in File.ReadLines(corpus).Take(200))
            {
                JObject o = JObject.Parse(line);
                DateOnly? date = DateOnly.TryParse((string?)o["date"], System.Globalization.CultureInfo.InvariantCulture, out DateOnly d) ? d : null;
                documents.Add(SourceDocument.Create((string)o["id"]!, (string)o["text"]!, date));
            }

            Origin = "the first 200 articles of ../shared/corpus/quotes/dev.jsonl (PolNeAR)";
            return documents;
        }

        foreach (SyntheticNews.Article a in SyntheticNews.Cluster(200, seed: 7))
        {
            documents.Add(SourceDocument.Create(a.Id, a.Text, a.Published, a.Outlet));
        }

        Origin = "200 synthetic articles (tests/Shared/SyntheticNews.cs, seed 7)";
        return documents;
    }

    internal static string? FindShared(string relative)
    {
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "shared", relative);
            if (File.Exists(candidate))
            {
                return candidate;
            }

            if (File.Exists(Path.Combine(dir.FullName, "QuoteCheck.sln")))
            {
                candidate = Path.Combine(dir.FullName, "..", "shared", relative);
                return File.Exists(candidate) ? Path.GetFullPath(candidate) : null;
            }
        }

        return null;
    }
}
