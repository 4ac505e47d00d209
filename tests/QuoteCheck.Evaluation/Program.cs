// The accuracy evaluation: runs the library over an annotated split in ../shared/corpus and writes the
// report that the corpus's score.py reads. It is a program, not a unit test, so the figures it prints
// can be reported in docs/accuracy.md.
//
//   dotnet run -c Release --project tests/QuoteCheck.Evaluation -- quotes ../shared/corpus/quotes/dev.jsonl out.json
//   dotnet run -c Release --project tests/QuoteCheck.Evaluation -- values ../shared/corpus/dates-numbers/dev.jsonl out.jsonl
//   dotnet run -c Release --project tests/QuoteCheck.Evaluation -- fuzz [seconds] [crash-folder]
//   dotnet run -c Release --project tests/QuoteCheck.Evaluation -- hostile [size]
//   dotnet run -c Release --project tests/QuoteCheck.Evaluation -- scale [--bytes=N] [document counts...]
//   dotnet run -c Release --project tests/QuoteCheck.Evaluation -- profile [--rounds=N] [--dump=FILE] CORPUS.jsonl...
using QuoteCheck.Evaluation;

if (args.Length < 1)
{
    Console.Error.WriteLine("usage: QuoteCheck.Evaluation quotes|values GOLD.jsonl OUT | fuzz [seconds] [crash-folder] | hostile [size] | scale [--bytes=N] [counts] | profile [--rounds=N] [--dump=FILE] CORPUS.jsonl...");
    return 2;
}

return args[0] switch
{
    "quotes" => QuotesEvaluation.Run(args[1..]),
    "values" => ValuesEvaluation.Run(args[1..]),
    "fuzz" => MutationFuzzer.Run(args[1..]),
    "hostile" => HostileTimings.Run(args[1..]),
    "scale" => CrossCheckScale.Run(args[1..]),
    "profile" => ExtractionProfile.Run(args[1..]),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: QuoteCheck.Evaluation quotes|values GOLD.jsonl OUT | fuzz [seconds] [crash-folder] | hostile [size] | scale [--bytes=N] [counts] | profile [--rounds=N] [--dump=FILE] CORPUS.jsonl...");
    return 2;
}
