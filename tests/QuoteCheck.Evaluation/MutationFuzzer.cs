using System.Diagnostics;
using System.Globalization;
using System.Text;
using QuoteCheck.Reporting;
using QuoteCheck.Synthetic;
using QuoteCheck.Text;

namespace QuoteCheck.Evaluation;

/// <summary>
/// A bounded mutation fuzzer (SharpFuzz needs an instrumented build and a native fuzzer; this plain loop
/// runs anywhere): starts from synthetic articles of our own, applies byte- and token-level mutations
/// (quote marks, digits, cue words, line ends, invalid UTF-16), and checks that analysis, cross-check
/// and the JSON report neither throw nor take more than a second per input, and that every span is
/// faithful. Each failing input is saved to the crash folder, to be turned into an NUnit case.
/// </summary>
internal static class MutationFuzzer
{
    private static readonly string[] Tokens =
    [
        "\"", "\u201C", "\u201D", "\u2018", "\u2019", "'", "\u00AB", "\u00BB", "\u201E", "\u201A", " said ", " told reporters, ", " according to ",
        "\n\n", "\r\n", "\r", "\n", " he ", " she ", "13,000", "1.2 million", "more than ", "about ", "18 months", "last Sunday", "1998-99", "$", "%",
        "Mr.", "U.S.", "Gen.", " — ", "-", "\0", "\uFFFD", "\uD800", "\uDC00", "Vučić", "\u200F", "\u202E", "...", "?!", ":", ";",
    ];

    public static int Run(string[] args)
    {
        double seconds = args.Length > 0 ? double.Parse(args[0], CultureInfo.InvariantCulture) : 60;
        string crashes = args.Length > 1 ? args[1] : "fuzz-crashes";
        var random = new Random(20311114);
        string[] seeds = [.. SyntheticNews.Cluster(20, seed: 99, targetBytes: 3_000).Select(a => a.Text)];
        // The first analysis pays for JIT and word lists; it must not count as a slow input.
        _ = Check(seeds[0]);
        var total = Stopwatch.StartNew();
        long inputs = 0, failures = 0, bytes = 0;
        double slowest = 0;
        while (total.Elapsed.TotalSeconds < seconds)
        {
            string input = Mutate(seeds[random.Next(seeds.Length)], random);
            inputs++;
            bytes += input.Length;
            var one = Stopwatch.StartNew();
            string? problem = Check(input);
            double elapsed = one.Elapsed.TotalSeconds;
            slowest = Math.Max(slowest, elapsed);
            if (elapsed > 1.0)
            {
                problem ??= $"slow: {elapsed:F2} s";
            }

            if (problem is not null)
            {
                failures++;
                Directory.CreateDirectory(crashes);
                // JSON keeps lone surrogates and NULs exactly when escaped (\uD800); a .txt file could not hold them.
                string path = Path.Combine(crashes, $"crash-{inputs:D8}.json");
                File.WriteAllText(path, Newtonsoft.Json.JsonConvert.SerializeObject(new { problem, input },
                    new Newtonsoft.Json.JsonSerializerSettings { StringEscapeHandling = Newtonsoft.Json.StringEscapeHandling.EscapeNonAscii }));
                Console.Error.WriteLine($"{path}: {problem}");
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"fuzz: {inputs:N0} inputs ({bytes / 1e6:F1} M chars) in {total.Elapsed.TotalSeconds:F0} s; {failures} failures; slowest input {slowest * 1000:F0} ms"));
        return failures == 0 ? 0 : 1;
    }

    private static string? Check(string input)
    {
        try
        {
            var document = SourceDocument.Create("fuzz", input, new DateOnly(2031, 3, 14));
            var second = SourceDocument.Create("fuzz-2", input[..(input.Length / 2)], new DateOnly(2031, 3, 15));
            CrossCheckReport report = QuoteChecker.Default.Check([document, second]);
            foreach (DocumentAnalysis analysis in report.Documents)
            {
                string text = analysis.Document.Text;
                foreach (var q in analysis.Quotes)
                {
                    if (q.Span.End > text.Length || (q.Parts.Count <= 1 && q.Text != text.Substring(q.Span.Start, q.Span.Length)))
                    {
                        return $"unfaithful quote span {q.Span}";
                    }
                }

                foreach (var c in analysis.Claims)
                {
                    if (c.Span.End > text.Length || c.Text != text.Substring(c.Span.Start, c.Span.Length))
                    {
                        return $"unfaithful claim span {c.Span}";
                    }
                }
            }

            using var writer = new StringWriter();
            JsonReportWriter.Instance.Write(report, writer);
            return null;
        }
        catch (Exception e)
        {
            return e.GetType().Name + ": " + e.Message;
        }
    }

    private static string Mutate(string seed, Random random)
    {
        var text = new StringBuilder(seed);
        int mutations = 1 + random.Next(30);
        for (int i = 0; i < mutations; i++)
        {
            int at = random.Next(text.Length + 1);
            switch (random.Next(5))
            {
                case 0:
                    text.Insert(at, Tokens[random.Next(Tokens.Length)]);
                    break;
                case 1 when text.Length > 0:
                    text.Remove(Math.Min(at, text.Length - 1), Math.Min(1 + random.Next(20), text.Length - Math.Min(at, text.Length - 1)));
                    break;
                case 2 when text.Length > 0:
                    text[Math.Min(at, text.Length - 1)] = (char)random.Next(0x10000);
                    break;
                case 3:
                    text.Insert(at, string.Concat(Enumerable.Repeat(Tokens[random.Next(Tokens.Length)], 1 + random.Next(500))));
                    break;
                default:
                    int from = random.Next(text.Length + 1);
                    int length = Math.Min(random.Next(200), text.Length - from);
                    text.Insert(at, text.ToString(from, length));
                    break;
            }
        }

        return text.ToString();
    }
}
