namespace QuoteCheck.Tests.Support;

/// <summary>
/// Finds the measuring material in ../shared (seeds and corpora) beside the repository. Tests that need
/// it call <see cref="RequireSeeds"/> or <see cref="RequireCorpus"/>, which mark the test as skipped
/// (Inconclusive is not used: Ignore says why) when the folder is absent, so a user's clone still passes.
/// </summary>
public static class SharedData
{
    private static readonly Lazy<string?> Root = new(FindRoot);

    public static string? RootPath => Root.Value;

    /// <summary>The repository (the folder with QuoteCheck.sln) the test binaries were built from, if they were.</summary>
    public static string? RepositoryPath { get; } = FindRepository();

    public static string RequireSeeds() => Require(Path.Combine("seeds"));

    public static string RequireCorpus(string name) => Require(Path.Combine("corpus", name));

    private static string Require(string relative)
    {
        string? root = Root.Value;
        string? path = root is null ? null : Path.Combine(root, relative);
        if (path is null || !(Directory.Exists(path) || File.Exists(path)))
        {
            Assert.Ignore($"skipped: ../shared/{relative.Replace('\\', '/')} is not present beside the repository");
        }

        return path!;
    }

    private static string? FindRoot()
    {
        string? env = Environment.GetEnvironmentVariable("QUOTECHECK_SHARED");
        if (!string.IsNullOrEmpty(env) && Directory.Exists(env))
        {
            return env;
        }

        // Beside the repository.
        if (RepositoryPath is null)
        {
            return null;
        }

        string candidate = Path.Combine(RepositoryPath, "..", "shared");
        return Directory.Exists(candidate) ? Path.GetFullPath(candidate) : null;
    }

    private static string? FindRepository()
    {
        // Walk up from the test binaries.
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "QuoteCheck.sln")))
            {
                return dir.FullName;
            }
        }

        return null;
    }
}
