using QuoteCheck.Text;

namespace QuoteCheck.Sample;

/// <summary>Reads the documents named on the command line: files, folders of .txt files, or standard input.</summary>
internal static class InputReader
{
    public static IReadOnlyList<SourceDocument> Read(IReadOnlyList<string> paths, DateOnly? date, TextReader stdin)
    {
        var documents = new List<SourceDocument>();
        foreach (string path in paths)
        {
            if (path == "-")
            {
                documents.Add(WithDate(SourceDocument.Create("stdin", stdin.ReadToEnd()), date));
            }
            else if (Directory.Exists(path))
            {
                string[] files = Directory.GetFiles(path, "*.txt", SearchOption.TopDirectoryOnly);
                if (files.Length == 0)
                {
                    throw new UsageException($"folder '{path}' holds no .txt files");
                }

                Array.Sort(files, StringComparer.Ordinal);
                foreach (string file in files)
                {
                    documents.Add(Load(file, date));
                }
            }
            else if (File.Exists(path))
            {
                documents.Add(Load(path, date));
            }
            else
            {
                throw new UsageException($"cannot read '{path}': no such file or folder");
            }
        }

        return documents;
    }

    private static SourceDocument Load(string path, DateOnly? date)
    {
        try
        {
            return WithDate(SourceDocument.Load(path), date);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"cannot read '{path}': {e.Message}");
        }
    }

    // --date fills in a date only where the document has none of its own.
    private static SourceDocument WithDate(SourceDocument document, DateOnly? date) =>
        date is not null && document.Published is null ? document.WithPublished(date) : document;
}
