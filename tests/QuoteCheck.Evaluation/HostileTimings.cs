using System.Diagnostics;
using System.Globalization;
using QuoteCheck.Synthetic;
using QuoteCheck.Text;

namespace QuoteCheck.Evaluation;

/// <summary>Times the analysis of each hostile input (tests/Shared/HostileInputs.cs) at 1 MB and prints a Markdown table.</summary>
internal static class HostileTimings
{
    public static int Run(string[] args)
    {
        int size = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 1_000_000;
        QuoteChecker checker = new QuoteCheckerBuilder().WithMaxDegreeOfParallelism(1).Build();
        _ = checker.Analyze(SourceDocument.Create("warm-up", "\"Warm,\" she said on 3 May 2031, when 40 people left."));
        Console.WriteLine($"| input ({size / 1e6:F1} M chars) | seconds | quotes | claims | outcome |");
        Console.WriteLine("| --- | ---: | ---: | ---: | --- |");
        int failures = 0;
        foreach ((string name, string text) in HostileInputs.All(size))
        {
            var watch = Stopwatch.StartNew();
            string outcome = "ok";
            int quotes = 0, claims = 0;
            try
            {
                DocumentAnalysis analysis = checker.Analyze(SourceDocument.Create(name, text, new DateOnly(2031, 3, 14)));
                quotes = analysis.Quotes.Count;
                claims = analysis.Claims.Count;
            }
            catch (Exception e)
            {
                outcome = "threw " + e.GetType().Name;
                failures++;
            }

            double seconds = watch.Elapsed.TotalSeconds;
            if (seconds > 1.0 && outcome == "ok")
            {
                outcome = "slow";
                failures++;
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {name} | {seconds:F2} | {quotes:N0} | {claims:N0} | {outcome} |"));
        }

        return failures == 0 ? 0 : 1;
    }
}
