using System.Diagnostics.CodeAnalysis;
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
                documents.AddRange(LoadAll(files, date));
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

    private static SourceDocument Load(string path, DateOnly? date) =>
        TryLoad(path, date, out SourceDocument? document, out string? error) ? document : throw new UsageException(error);

    /// <summary>
    /// A folder's files, read and decoded on all cores (a thousand articles take a tenth of a second on one),
    /// in the given order; where several cannot be read, the error named is the first file's, as one at a time.
    /// </summary>
    private static SourceDocument[] LoadAll(string[] files, DateOnly? date)
    {
        var documents = new SourceDocument?[files.Length];
        var errors = new string?[files.Length];
        Parallel.For(0, files.Length, i => TryLoad(files[i], date, out documents[i], out errors[i]));
        return Array.Find(errors, static e => e is not null) is { } error
            ? throw new UsageException(error)
            : Array.ConvertAll(documents, static d => d!);
    }

    private static bool TryLoad(string path, DateOnly? date, [NotNullWhen(true)] out SourceDocument? document, [NotNullWhen(false)] out string? error)
    {
        try
        {
            document = WithDate(SourceDocument.Load(path), date);
            error = null;
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            document = null;
            error = $"cannot read '{path}': {e.Message}";
            return false;
        }
    }

    // --date fills in a date only where the document has none of its own.
    private static SourceDocument WithDate(SourceDocument document, DateOnly? date) =>
        date is not null && document.Published is null ? document.WithPublished(date) : document;
}
