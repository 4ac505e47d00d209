using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Newtonsoft.Json.Linq;
using QuoteCheck.Reporting;
using QuoteCheck.Text;

namespace QuoteCheck.Evaluation;

/// <summary>
/// The extraction harness of docs/performance.md: loads real articles (the <c>text</c> and <c>date</c> of each
/// line of a corpus JSONL file), analyses them on one thread for several rounds after a warm-up, and prints
/// wall-clock MB/s, MB per CPU-second of the process (steadier than wall clock on a busy machine) and the
/// bytes allocated per KB of text, for values alone and for the whole analysis. With <c>--dump=FILE</c> it
/// also writes every value and the JSON report of the cross-check of all the articles, and prints its SHA-256:
/// a change that means to keep the output must keep that hash.
/// </summary>
/// <example>
///   dotnet run -c Release --project tests/QuoteCheck.Evaluation -- profile --rounds=5 --dump=/tmp/out.txt ../shared/corpus/quotes/dev.jsonl ../shared/corpus/quotes/test.jsonl
/// </example>
internal static class ExtractionProfile
{
    public static int Run(string[] args)
    {
        int rounds = 5;
        string? dump = null;
        var sources = new List<string>();
        foreach (string arg in args)
        {
            if (arg.StartsWith("--rounds=", StringComparison.Ordinal))
            {
                rounds = int.Parse(arg["--rounds=".Length..], CultureInfo.InvariantCulture);
            }
            else if (arg.StartsWith("--dump=", StringComparison.Ordinal))
            {
                dump = arg["--dump=".Length..];
            }
            else
            {
                sources.Add(arg);
            }
        }

        if (sources.Count == 0)
        {
            Console.Error.WriteLine("usage: QuoteCheck.Evaluation profile [--rounds=N] [--dump=FILE] CORPUS.jsonl...");
            return 2;
        }

        List<SourceDocument> documents = Load(sources);
        long chars = documents.Sum(d => (long)d.Text.Length);
        double megabytes = documents.Sum(d => (long)Encoding.UTF8.GetByteCount(d.Text)) / 1e6;
        QuoteChecker checker = new QuoteCheckerBuilder().WithMaxDegreeOfParallelism(1).Build();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{documents.Count:N0} articles, {megabytes:F2} MB of UTF-8, {chars:N0} chars; one thread, {rounds} rounds after 2 warm-up rounds"));

        Measure("values", rounds, megabytes, chars, () =>
        {
            foreach (SourceDocument d in documents)
            {
                _ = checker.RecognizeValues(d.Text, d.Published);
            }
        });
        Measure("analysis", rounds, megabytes, chars, () =>
        {
            foreach (SourceDocument d in documents)
            {
                _ = checker.Analyze(d);
            }
        });

        Phases(new QuoteCheckerBuilder().WithMaxDegreeOfParallelism(1).Build(), documents, rounds, megabytes);
        Phases(QuoteChecker.Default, documents, rounds, megabytes);
        if (dump is not null)
        {
            WriteDump(checker, documents, dump);
        }

        return 0;
    }

    private static List<SourceDocument> Load(List<string> sources)
    {
        var documents = new List<SourceDocument>();
        foreach (string path in sources)
        {
            foreach (string line in File.ReadLines(path))
            {
                if (line.Length == 0)
                {
                    continue;
                }

                JObject item = JObject.Parse(line);
                string text = (string?)item["text"] ?? string.Empty;
                string id = (string?)item["id"] ?? $"{Path.GetFileNameWithoutExtension(path)}-{documents.Count}";
                DateOnly? date = DateOnly.TryParse((string?)item["date"], CultureInfo.InvariantCulture, out DateOnly d) ? d : null;
                documents.Add(SourceDocument.Create(id, text, date));
            }
        }

        return documents;
    }

    private static void Measure(string name, int rounds, double megabytes, long chars, Action work)
    {
        work();
        work();
        double bestWall = double.MaxValue, bestCpu = double.MaxValue;
        long allocated = 0;
        for (int i = 0; i < rounds; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            TimeSpan cpu = Process.GetCurrentProcess().TotalProcessorTime;
            long before = GC.GetAllocatedBytesForCurrentThread();
            var watch = Stopwatch.StartNew();
            work();
            double wall = watch.Elapsed.TotalSeconds;
            allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            double cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
            bestWall = Math.Min(bestWall, wall);
            bestCpu = Math.Min(bestCpu, cpuSeconds);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name,-9} best {bestWall * 1000:F1} ms = {megabytes / bestWall:F1} MB/s wall, {megabytes / bestCpu:F1} MB per CPU-second; {allocated / (chars / 1024.0) / 1024.0:F2} KB allocated per KB of text"));
    }

    /// <summary>
    /// The whole job, phase by phase (best round of each, wall clock and CPU time of the process), on one thread and
    /// on all cores: what the console does after reading its files, and the speed-up the cores give.
    /// </summary>
    private static void Phases(QuoteChecker checker, List<SourceDocument> documents, int rounds, double megabytes)
    {
        var best = new (double Wall, double Cpu)[3];
        Array.Fill(best, (double.MaxValue, double.MaxValue));
        long checkAllocated = 0;
        for (int i = 0; i < rounds + 2; i++)
        {
            GC.Collect();
            IReadOnlyList<DocumentAnalysis> analyses = [];
            CrossCheckReport? report = null;
            Action[] phases =
            [
                () => analyses = checker.AnalyzeAll(documents),
                () =>
                {
                    long before = GC.GetTotalAllocatedBytes(precise: true);
                    report = checker.CrossCheck(analyses);
                    checkAllocated = GC.GetTotalAllocatedBytes(precise: true) - before;
                },
                () => JsonReportWriter.Instance.Write(report!, TextWriter.Null),
            ];
            for (int p = 0; p < phases.Length; p++)
            {
                TimeSpan cpu = Process.GetCurrentProcess().TotalProcessorTime;
                var watch = Stopwatch.StartNew();
                phases[p]();
                double wall = watch.Elapsed.TotalSeconds;
                double cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
                if (i >= 2)
                {
                    best[p] = (Math.Min(best[p].Wall, wall), Math.Min(best[p].Cpu, cpuSeconds));
                }
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{checker.MaxDegreeOfParallelism} thread(s), best rounds, wall / CPU ms: analysis {best[0].Wall * 1000:F0} / {best[0].Cpu * 1000:F0} ({megabytes / best[0].Wall:F1} MB/s), cross-check {best[1].Wall * 1000:F0} / {best[1].Cpu * 1000:F0} ({checkAllocated / 1e6:F1} MB allocated), JSON report {best[2].Wall * 1000:F0} / {best[2].Cpu * 1000:F0}"));
    }

    private static void WriteDump(QuoteChecker checker, List<SourceDocument> documents, string path)
    {
        using (var writer = new StreamWriter(path, append: false, new UTF8Encoding(false)) { NewLine = "\n" })
        {
            foreach (SourceDocument d in documents)
            {
                foreach (var value in checker.RecognizeValues(d.Text, d.Published))
                {
                    writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{d.Id}\t{value}"));
                }
            }

            JsonReportWriter.Instance.Write(checker.Check(documents), writer);
        }

        byte[] hash = SHA256.HashData(File.ReadAllBytes(path));
        Console.WriteLine($"dump {path}: sha256 {Convert.ToHexStringLower(hash)}");
    }
}
