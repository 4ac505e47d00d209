using System.Diagnostics;
using System.Runtime.InteropServices;
using QuoteCheck.Sample;
using QuoteCheck.Tests.Support;

namespace QuoteCheck.Tests.Console;

/// <summary>
/// The console's native build (Native AOT, the fast way to run it: docs/performance.md) must say exactly what
/// the ordinary build says. It once did not: the value scanner compared words with literals by reference,
/// which holds under the JIT (literals are interned) and fails under Native AOT, so "today" and "nearly a
/// decade" went unseen. The fixture publishes the console once (about a minute) and compares its output,
/// byte for byte, with the console run in this process.
/// </summary>
[NonParallelizable]
public class NativeBuildTests
{
    private const string ArticleText =
        " date 2031-03-14\nThe harbour at Veltmark reopened today, nearly a decade after the storm of March 2021, "
        + "the port authority said. \"More than 40 boats are back,\" said Inga Solbeck, its director. Last week "
        + "about 1,200 people came to see them; a fortnight earlier it had been 300.";

    private string _native = "";
    private string _work = "";

    [OneTimeSetUp]
    public void PublishTheNativeConsole()
    {
        string? repository = SharedData.RepositoryPath;
        if (repository is null)
        {
            Assert.Ignore("skipped: the tests do not run from a clone of the repository, so there is nothing to publish");
        }

        _work = Path.Combine(Path.GetTempPath(), "quotecheck-native-" + Guid.NewGuid().ToString("N"));
        string output = Path.Combine(_work, "out");
        string project = Path.Combine(repository!, "src", "QuoteCheck.Sample", "QuoteCheck.Sample.csproj");

        // Its own artifacts folder, so that the publish never writes over the binaries this run is testing.
        var (exit, log) = Execute(
            "dotnet",
            ["publish", project, "-c", "Release", "-r", RuntimeInformation.RuntimeIdentifier, "-p:PublishAot=true",
             "--artifacts-path", Path.Combine(_work, "artifacts"), "-o", output, "-nodeReuse:false",
             "-p:UseSharedCompilation=false"],
            stdin: null,
            timeout: TimeSpan.FromMinutes(15));
        if (exit != 0 && CannotBuildNativeHere(log))
        {
            Assert.Ignore("skipped: this machine cannot build native code (no platform linker, or no ILCompiler package): " + LastLines(log));
        }

        Assert.That(exit, Is.EqualTo(0), "dotnet publish -p:PublishAot=true failed:\n" + LastLines(log));
        _native = Path.Combine(output, OperatingSystem.IsWindows() ? "QuoteCheck.Sample.exe" : "QuoteCheck.Sample");
        Assert.That(File.Exists(_native), Is.True, "the native console was not written to " + _native);
    }

    [OneTimeTearDown]
    public void RemoveTheBuild()
    {
        if (_work.Length > 0 && Directory.Exists(_work))
        {
            Directory.Delete(_work, recursive: true);
        }
    }

    [Test]
    public void TheBuiltInSampleReportIsTheSame() => AssertSameOutput("", "--json");

    [Test]
    public void AnArticleOnStandardInputGivesTheSameTextReport() => AssertSameOutput(ArticleText, "-");

    [Test]
    public void TheValuesListingIsTheSame() => AssertSameOutput(ArticleText, "values", "-");

    [Test]
    public void TheSeedReportIsTheSame() => AssertSameOutput("", "--json", SharedData.RequireSeeds());

    private void AssertSameOutput(string stdin, params string[] args)
    {
        using var input = new StringReader(stdin);
        using var expected = new StringWriter();
        using var error = new StringWriter();
        int expectedExit = Cli.Run(args, input, expected, error);

        var (exit, actual) = Execute(_native, args, stdin, TimeSpan.FromMinutes(2), standardOutputOnly: true);
        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(expectedExit), "exit code");
            Assert.That(actual, Is.Not.Empty);
            Assert.That(actual, Is.EqualTo(expected.ToString()), "the native console's output differs from the library's");
        });
    }

    private static bool CannotBuildNativeHere(string log) =>
        log.Contains("NU1101", StringComparison.Ordinal) || log.Contains("NU1102", StringComparison.Ordinal)
        || log.Contains("linker", StringComparison.OrdinalIgnoreCase) && log.Contains("not found", StringComparison.OrdinalIgnoreCase);

    private static string LastLines(string log) => string.Join('\n', log.Split('\n').TakeLast(15));

    private static (int Exit, string Output) Execute(string file, IEnumerable<string> args, string? stdin, TimeSpan timeout, bool standardOutputOnly = false)
    {
        var start = new ProcessStartInfo(file)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
        };
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        // Plain output whatever the terminal: no colour, no progress.
        start.Environment["NO_COLOR"] = "1";
        using Process process = Process.Start(start)!;
        Task<string> output = process.StandardOutput.ReadToEndAsync();
        Task<string> errors = process.StandardError.ReadToEndAsync();
        if (stdin is not null)
        {
            process.StandardInput.Write(stdin);
        }

        process.StandardInput.Close();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"'{Path.GetFileName(file)} {string.Join(' ', args)}' did not finish within {timeout}");
        }

        process.WaitForExit();
        return (process.ExitCode, standardOutputOnly ? output.Result : output.Result + errors.Result);
    }
}
