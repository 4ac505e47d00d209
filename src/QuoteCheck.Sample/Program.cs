using System.Text;
using QuoteCheck;
using QuoteCheck.Reporting;
using QuoteCheck.Sample;
using QuoteCheck.Text;

// Output to a pipe or a file goes through one large buffer. Console.Out flushes every 256 characters, a system call
// each: for the JSON report of a thousand articles (about 19 MB) that was some 70,000 writes and a tenth of the run's
// CPU. A terminal keeps Console.Out, which knows the console's encoding and shows each line as it comes.
// The console stream ignores a closed pipe (`quotecheck ... | head`), as Console.Out does.
TextWriter stdout = Console.IsOutputRedirected && Console.OutputEncoding.CodePage == Encoding.UTF8.CodePage
    ? new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 1 << 16) { NewLine = Console.Out.NewLine }
    : Console.Out;
Cli.KeepCollectorAway();
try
{
    return Cli.Run(args, Console.In, stdout, Console.Error);
}
finally
{
    stdout.Flush();
}

namespace QuoteCheck.Sample
{
    /// <summary>The console's entry point, kept apart from <c>Main</c> so that tests can run it in-process.</summary>
    internal static class Cli
    {
        public const int Success = 0;
        public const int ConflictsFound = 1;
        public const int UsageError = 2;

        public static int Run(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr)
        {
            try
            {
                CommandLine command = CommandLine.Parse(args);
                if (command.Help)
                {
                    stdout.WriteLine(CommandLine.Usage);
                    return Success;
                }

                if (command.Version)
                {
                    stdout.WriteLine(typeof(QuoteChecker).Assembly.GetName().Version?.ToString(3) ?? "0.0.0");
                    return Success;
                }

                return command.Command == "values"
                    ? ValuesCommand.Run(command, stdin, stdout)
                    : Check(command, stdin, stdout, stderr);
            }
            catch (UsageException e)
            {
                stderr.WriteLine($"quotecheck: {e.Message}");
                return UsageError;
            }
        }

        private static int Check(CommandLine command, TextReader stdin, TextWriter stdout, TextWriter stderr)
        {
            IReadOnlyList<SourceDocument> documents = command.Paths.Count == 0
                ? SampleCluster.Load()
                : InputReader.Read(command.Paths, command.Date, stdin);
            if (command.Paths.Count == 0 && !command.Quiet && command.Format == OutputFormat.Text)
            {
                stderr.WriteLine("quotecheck: no files given; checking the built-in sample cluster (see --help)");
            }

            CrossCheckReport report;
            using (ProgressLine? progress = ProgressLine.IsWanted(command, stderr) ? new ProgressLine(stderr) : null)
            {
                report = QuoteChecker.Default.Check(documents, progress);
            }

            IReportWriter writer = command.Format switch
            {
                OutputFormat.Json => JsonReportWriter.Instance,
                OutputFormat.Markdown => MarkdownReportWriter.Instance,
                OutputFormat.Html => HtmlReportWriter.Instance,
                _ => new TextReportWriter(UseColor(command, stdout)),
            };

            if (command.OutputPath is { } path)
            {
                WriteFile(path, writer, report);
            }
            else
            {
                // Straight to the output as it is written: the report is complete before a character of it goes out,
                // so what could fail here is the output itself. Holding the JSON of a thousand articles in a buffer
                // first cost about 40 MB of fresh memory and a tenth of the run.
                writer.Write(report, stdout);
            }

            return command.FailOnConflict && report.HasDisagreements ? ConflictsFound : Success;
        }

        /// <summary>
        /// Asks the garbage collector to stay away while a run of ordinary size is read, checked and written: a check
        /// keeps nearly all it makes (the texts, the analyses) until the report is out and the process ends, so a
        /// collection in the middle finds little to free and spends its time copying the survivors (a tenth of the
        /// native console's samples on 1,008 articles). Asked by the process's entry point before anything is read,
        /// when the heap is nearly empty and starting costs nothing; not by <see cref="Run"/>, which tests call
        /// in-process. A run that allocates more than the allowance ends the region there and is collected as usual
        /// from then on.
        /// </summary>
        public static void KeepCollectorAway()
        {
            try
            {
                _ = GC.TryStartNoGCRegion(GcFreeAllowance);
            }
            catch (Exception e) when (e is InvalidOperationException or ArgumentOutOfRangeException)
            {
                // Already in such a region (a host calling Run twice), or a runtime that cannot grant it: collect as usual.
            }
        }

        /// <summary>
        /// The allocation allowed without a collection: a check allocates about 11 bytes per character of text (1,008
        /// articles, 4.6 million characters, about 55 MB), so this covers some 15 MB of news.
        /// </summary>
        private const long GcFreeAllowance = 192L << 20;

        /// <summary>
        /// Writes the report straight to a temporary file beside <paramref name="path"/> and then moves it into
        /// place, so that a failure never leaves a partial report behind and the report is never held in memory.
        /// </summary>
        private static void WriteFile(string path, IReportWriter writer, CrossCheckReport report)
        {
            string full = Path.GetFullPath(path);
            string temporary = Path.Combine(Path.GetDirectoryName(full) ?? ".", $".{Path.GetFileName(full)}.{Environment.ProcessId}.tmp");
            try
            {
                using (var file = new StreamWriter(temporary, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 1 << 16) { NewLine = "\n" })
                {
                    writer.Write(report, file);
                }

                File.Move(temporary, full, overwrite: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                TryDelete(temporary);
                throw new UsageException($"cannot write '{path}': {e.Message}");
            }
            catch
            {
                TryDelete(temporary);
                throw;
            }
        }

        private static void TryDelete(string file)
        {
            try
            {
                File.Delete(file);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Nothing more to do: the report was not written, and that error is the one to report.
            }
        }

        // Colour only for the real console: a caller's writer (tests, a host) gets plain text.
        private static bool UseColor(CommandLine command, TextWriter stdout) =>
            command.Color ?? (command.OutputPath is null
                && ReferenceEquals(stdout, Console.Out)
                && !Console.IsOutputRedirected
                && Environment.GetEnvironmentVariable("NO_COLOR") is null or "");
    }
}
