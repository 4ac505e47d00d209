using System.Diagnostics;
using System.Runtime.InteropServices;
using QuoteCheck.Sample;
using QuoteCheck.Tests.Support;

namespace QuoteCheck.Tests.Console;

/// <summary>
/// The console's native build (Native AOT, the fast way to run it: docs/performance.md) must say exactly what
/// the ordinary build says. It once did not: the value scanner compared words with literals by reference,
/// which holds under the JIT (literals are interned) and fails under Native AOT, so "today" and "nearly a
/// decade" went unseen. The fixture makes the tool packages as a release does (the pointer package, the
/// native linux-x64 package and the portable 'any' one, about a minute and a half), installs the tool from
/// them with <c>dotnet tool install</c> as a user would, and compares the installed command's output, byte for
/// byte, with the console run in this process.
/// </summary>
[NonParallelizable]
public class NativeBuildTests
{
    private const string ArticleText =
        " date 2031-03-14\nThe harbour at Veltmark reopened today, nearly a decade after the storm of March 2021, "
        + "the port authority said. \"More than 40 boats are back,\" said Inga Solbeck, its director. Last week "
        + "about 1,200 people came to see them; a fortnight earlier it had been 300.";

    /// <summary>The platform the tool ships natively for (ToolPackageRuntimeIdentifiers in the console's project).</summary>
    private const string NativeRuntime = "linux-x64";

    private string _native = "";
    private string _work = "";
    private string _feed = "";

    [OneTimeSetUp]
    public void PackAndInstallTheTool()
    {
        string? repository = SharedData.RepositoryPath;
        if (repository is null)
        {
            Assert.Ignore("skipped: the tests do not run from a clone of the repository, so there is nothing to pack");
        }

        if (RuntimeInformation.RuntimeIdentifier != NativeRuntime)
        {
            Assert.Ignore($"skipped: the tool is built natively for {NativeRuntime} only; this is {RuntimeInformation.RuntimeIdentifier}");
        }

        _work = Path.Combine(Path.GetTempPath(), "quotecheck-native-" + Guid.NewGuid().ToString("N"));
        _feed = Path.Combine(_work, "feed");
        string project = Path.Combine(repository!, "src", "QuoteCheck.Sample", "QuoteCheck.Sample.csproj");

        // The three packs of a release (docs/performance.md), each with its own artifacts folder, so that no pack
        // writes over the binaries this run is testing.
        string[][] packs =
        [
            ["-p:PublishAot=true"],
            ["-r", NativeRuntime, "-p:PublishAot=true"],
            ["-r", "any", "-p:PublishAot=false"],
        ];
        for (int i = 0; i < packs.Length; i++)
        {
            var (exit, log) = Execute(
                "dotnet",
                ["pack", project, "-c", "Release", .. packs[i], "--artifacts-path", Path.Combine(_work, "artifacts" + i), "-o", _feed,
                 "-nodeReuse:false", "-p:UseSharedCompilation=false"],
                stdin: null,
                timeout: TimeSpan.FromMinutes(15));
            if (exit != 0 && CannotBuildNativeHere(log))
            {
                Assert.Ignore("skipped: this machine cannot build native code (no platform linker, or no ILCompiler package): " + LastLines(log));
            }

            Assert.That(exit, Is.EqualTo(0), $"dotnet pack {string.Join(' ', packs[i])} failed:\n" + LastLines(log));
        }

        string tools = Path.Combine(_work, "tools");
        var (installed, installLog) = Execute(
            "dotnet",
            ["tool", "install", "QuoteCheck.Tool", "--tool-path", tools, "--add-source", _feed, "--version", Version],
            stdin: null,
            timeout: TimeSpan.FromMinutes(5));
        Assert.That(installed, Is.EqualTo(0), "dotnet tool install failed:\n" + LastLines(installLog));
        _native = Path.Combine(tools, "quotecheck");
        Assert.That(File.Exists(_native), Is.True, "the tool's command was not installed at " + _native);
    }

    private static string Version => typeof(QuoteChecker).Assembly.GetName().Version!.ToString(3);

    [Test]
    public void TheInstalledCommandIsTheNativeExecutable()
    {
        // The command links to the executable in the linux-x64 package: a machine-code file, no .dll to hand to the JIT.
        string target = new FileInfo(_native).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? _native;
        byte[] head = new byte[4];
        using (FileStream file = File.OpenRead(target))
        {
            file.ReadExactly(head);
        }

        Assert.Multiple(() =>
        {
            Assert.That(target, Does.Contain(NativeRuntime));
            Assert.That(head, Is.EqualTo(new byte[] { 0x7F, (byte)'E', (byte)'L', (byte)'F' }), "an ELF executable");
        });
    }

    [Test]
    public void ThePortablePackageHoldsTheJitBuildForEveryOtherMachine()
    {
        using var package = System.IO.Compression.ZipFile.OpenRead(Path.Combine(_feed, $"QuoteCheck.Tool.any.{Version}.nupkg"));
        Assert.That(package.Entries.Select(static e => e.FullName), Has.Some.EndsWith("QuoteCheck.Sample.dll").And.Some.EndsWith("DotnetToolSettings.xml"));
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
