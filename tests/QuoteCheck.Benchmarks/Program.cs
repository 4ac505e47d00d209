// Benchmarks for QuoteCheck. Run all of them (Release):
//   dotnet run -c Release --project tests/QuoteCheck.Benchmarks -- --filter '*'
// The scaling curve of the cross-check, 1,000 to 100,000 synthetic articles, with an SVG plot:
//   dotnet run -c Release --project tests/QuoteCheck.Benchmarks -- scale [maxArticles] [out.svg]
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using QuoteCheck.Benchmarks;

if (args.Length > 0 && args[0] == "scale")
{
    return ScalingRun.Run(args[1..]);
}

long inputBytes = BenchInput.TotalBytes;
Console.WriteLine($"input: {BenchInput.Origin}, {inputBytes / 1e6:F2} MB");
var config = DefaultConfig.Instance.AddColumn(new ThroughputColumn());
BenchmarkSwitcher.FromAssembly(typeof(BenchInput).Assembly).Run(args, config);
return 0;
