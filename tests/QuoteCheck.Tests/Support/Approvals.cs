using System.Runtime.CompilerServices;

namespace QuoteCheck.Tests.Support;

/// <summary>
/// Approved-file comparisons: the expected text is a checked-in file next to the test source, compared
/// byte for byte. Set QUOTECHECK_APPROVE=1 to rewrite the files from the current output, then review the
/// diff in git: that is the approval.
/// </summary>
public static class Approvals
{
    public static void Verify(string actual, string approvedFileName, [CallerFilePath] string callerFile = "")
    {
        string path = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(SourcePath(callerFile))!, approvedFileName));
        actual = actual.Replace("\r\n", "\n", StringComparison.Ordinal);
        if (Environment.GetEnvironmentVariable("QUOTECHECK_APPROVE") == "1")
        {
            File.WriteAllText(path, actual);
            Assert.Pass($"approved {path}");
        }

        if (!File.Exists(path))
        {
            Assert.Fail($"{path} does not exist: run the tests once with QUOTECHECK_APPROVE=1 and review the file");
        }

        string approved = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
        Assert.That(actual, Is.EqualTo(approved), $"differs from {approvedFileName}; if the change is intended, rerun with QUOTECHECK_APPROVE=1 and review the diff");
    }

    // A CI build (ContinuousIntegrationBuild) maps source paths to "/_/..."; map them back to the
    // repository found above the test binaries.
    private static string SourcePath(string callerFile)
    {
        string mapped = callerFile.Replace('\\', '/');
        if (!mapped.StartsWith("/_/", StringComparison.Ordinal))
        {
            return callerFile;
        }

        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "QuoteCheck.sln")))
            {
                return Path.Combine(dir.FullName, mapped[3..]);
            }
        }

        return callerFile;
    }
}
