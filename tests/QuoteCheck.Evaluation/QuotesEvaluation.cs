namespace QuoteCheck.Evaluation;

/// <summary>Quote extraction on PolNeAR: writes {"documents":[{"id","quotes":[...]}]} for score.py.</summary>
internal static class QuotesEvaluation
{
    public static int Run(string[] args)
    {
        _ = args;
        Console.Error.WriteLine("quotes evaluation: not written yet");
        return 1;
    }
}
