namespace QuoteCheck.Evaluation;

/// <summary>Value recognition on dates-numbers: writes one {"id","found"} line per case for score.py.</summary>
internal static class ValuesEvaluation
{
    public static int Run(string[] args)
    {
        _ = args;
        Console.Error.WriteLine("values evaluation: not written yet");
        return 1;
    }
}
