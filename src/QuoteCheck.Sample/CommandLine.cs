using System.Globalization;

namespace QuoteCheck.Sample;

/// <summary>The output formats of the check command.</summary>
internal enum OutputFormat
{
    Text,
    Json,
    Markdown,
    Html,
}

/// <summary>What the user asked for on the command line.</summary>
internal sealed record CommandLine
{
    public bool Help { get; init; }

    public bool Version { get; init; }

    /// <summary><c>check</c> (the default) or <c>values</c>.</summary>
    public string Command { get; init; } = "check";

    public OutputFormat Format { get; init; } = OutputFormat.Text;

    public DateOnly? Date { get; init; }

    public string? OutputPath { get; init; }

    public bool FailOnConflict { get; init; }

    public string? JsonlPath { get; init; }

    public bool? Color { get; init; }

    public bool Quiet { get; init; }

    public IReadOnlyList<string> Paths { get; init; } = [];

    public const string Usage = """
        quotecheck: find quotes and figures in news articles about one event and report where they disagree.

        Usage:
          quotecheck [options] [FILE|DIR|- ...]     check a cluster (no paths: the built-in sample)
          quotecheck values [--date YYYY-MM-DD] [FILE|-]
                                                    list every number, date and duration recognised
          quotecheck values --jsonl FILE            evaluate a batch: {"id","input","referenceDate"} per line

        Options:
          --json                  print one JSON document (same as --format json)
          --format FORMAT         text (default), json, markdown or html
          --date YYYY-MM-DD       publication date for documents that have none
          -o, --output FILE       write the report to FILE instead of standard output
          --fail-on-conflict      exit 1 when conflicts are found
          --color, --no-color     force colour on or off (default: on for a terminal)
          -q, --quiet             no progress on standard error
          -h, --help              show this help
          --version               show the version

        Paths: files are read as UTF-8; folders contribute their *.txt files (sorted by name); - reads
        standard input. A leading " date YYYY-MM-DD" marker in a file sets its publication date.

        Exit codes: 0 done, 1 conflicts found with --fail-on-conflict, 2 bad usage or unreadable input.
        """;

    /// <summary>Parses the arguments; throws <see cref="UsageException"/> with one plain line on error.</summary>
    public static CommandLine Parse(IReadOnlyList<string> args)
    {
        var result = new CommandLine();
        var paths = new List<string>();
        bool onlyPaths = false;
        for (int i = 0; i < args.Count; i++)
        {
            string arg = args[i];
            if (onlyPaths || arg == "-" || !arg.StartsWith('-'))
            {
                if (i == 0 && arg == "values" && !onlyPaths)
                {
                    result = result with { Command = "values" };
                    continue;
                }

                paths.Add(arg);
                continue;
            }

            switch (arg)
            {
                case "--":
                    onlyPaths = true;
                    break;
                case "-h" or "--help" or "-?":
                    result = result with { Help = true };
                    break;
                case "--version":
                    result = result with { Version = true };
                    break;
                case "--json":
                    result = result with { Format = OutputFormat.Json };
                    break;
                case "--format":
                    result = result with { Format = ParseFormat(Value(args, ref i, arg)) };
                    break;
                case "--date":
                    result = result with { Date = ParseDate(Value(args, ref i, arg)) };
                    break;
                case "-o" or "--output":
                    result = result with { OutputPath = Value(args, ref i, arg) };
                    break;
                case "--fail-on-conflict":
                    result = result with { FailOnConflict = true };
                    break;
                case "--jsonl":
                    result = result with { JsonlPath = Value(args, ref i, arg) };
                    break;
                case "--color":
                    result = result with { Color = true };
                    break;
                case "--no-color":
                    result = result with { Color = false };
                    break;
                case "-q" or "--quiet":
                    result = result with { Quiet = true };
                    break;
                default:
                    throw new UsageException($"unknown option '{arg}' (see --help)");
            }
        }

        if (result.JsonlPath is not null && result.Command != "values")
        {
            throw new UsageException("--jsonl goes with the values command: quotecheck values --jsonl FILE");
        }

        return result with { Paths = paths };
    }

    private static string Value(IReadOnlyList<string> args, ref int i, string option)
    {
        if (i + 1 >= args.Count)
        {
            throw new UsageException($"option '{option}' needs a value (see --help)");
        }

        return args[++i];
    }

    private static OutputFormat ParseFormat(string value) => value.ToLowerInvariant() switch
    {
        "text" => OutputFormat.Text,
        "json" => OutputFormat.Json,
        "markdown" or "md" => OutputFormat.Markdown,
        "html" => OutputFormat.Html,
        _ => throw new UsageException($"unknown format '{value}': use text, json, markdown or html"),
    };

    private static DateOnly ParseDate(string value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly date)
            ? date
            : throw new UsageException($"--date '{value}' is not a date: use YYYY-MM-DD, for example 2020-07-12");
}

/// <summary>A usage or input error: one plain line for standard error, exit code 2.</summary>
internal sealed class UsageException(string message) : Exception(message);
