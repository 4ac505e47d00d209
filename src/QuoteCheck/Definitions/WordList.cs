using System.Collections.Frozen;
using System.Reflection;

namespace QuoteCheck.Definitions;

/// <summary>
/// Reads the word lists shipped as embedded data files (<c>Definitions/*.txt</c>): one entry a line,
/// <c>#</c> starts a comment, blank lines are skipped. Lists are read once and cached.
/// </summary>
internal static class WordList
{
    private static readonly Lock Gate = new();
    private static readonly Dictionary<string, IReadOnlyList<string>> Cache = new(StringComparer.Ordinal);

    /// <summary>The lines of <c>Definitions/{name}.txt</c>, trimmed, comments and blanks removed.</summary>
    public static IReadOnlyList<string> Lines(string name)
    {
        lock (Gate)
        {
            if (Cache.TryGetValue(name, out IReadOnlyList<string>? cached))
            {
                return cached;
            }

            var lines = new List<string>();
            using Stream stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"QuoteCheck.Definitions.{name}.txt")
                ?? throw new InvalidOperationException($"The word list '{name}' is not embedded in the assembly.");
            using var reader = new StreamReader(stream);
            while (reader.ReadLine() is { } line)
            {
                int hash = line.IndexOf('#', StringComparison.Ordinal);
                string entry = (hash >= 0 ? line[..hash] : line).Trim();
                if (entry.Length > 0)
                {
                    lines.Add(entry);
                }
            }

            Cache[name] = lines;
            return lines;
        }
    }

    /// <summary>The list as a case-insensitive set.</summary>
    public static FrozenSet<string> Set(string name) => Lines(name).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
}
