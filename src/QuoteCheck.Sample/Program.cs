using System.Text;
using QuoteCheck;
using QuoteCheck.Reporting;
using QuoteCheck.Sample;
using QuoteCheck.Text;

return Cli.Run(args, Console.In, Console.Out, Console.Error);

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
                // To a buffer first so that a failure never leaves a partial report behind; handed over in its
                // chunks, never copied into one string (a report of a thousand articles is tens of megabytes).
                var buffer = new StringBuilder();
                using (var text = new StringWriter(buffer) { NewLine = "\n" })
                {
                    writer.Write(report, text);
                }

                stdout.Write(buffer);
            }

            return command.FailOnConflict && report.HasDisagreements ? ConflictsFound : Success;
        }

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
