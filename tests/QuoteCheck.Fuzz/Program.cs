using QuoteCheck.Fuzz;
using SharpFuzz;

// Usage:
//   QuoteCheck.Fuzz <target>                 under afl-fuzz (run.sh starts it so): one input per execution
//   QuoteCheck.Fuzz <target> <file>...       replays saved inputs outside AFL and prints what each one does
//                                            (with the project's own build: an instrumented QuoteCheck.dll runs only under AFL)
// Targets: article, rules, values (see FuzzTargets).
if (args.Length == 0 || !FuzzTargets.All.TryGetValue(args[0], out Action<byte[]>? target))
{
    Console.Error.WriteLine($"usage: QuoteCheck.Fuzz <{string.Join('|', FuzzTargets.All.Keys)}> [input files to replay]");
    return 2;
}

if (args.Length > 1)
{
    return Replay.Run(target, args[1..]);
}

// Out of process: a stack overflow or a hang kills only the child that runs the target, and AFL
// is told about it instead of losing the fork server.
Fuzzer.OutOfProcess.Run(stream =>
{
    using var buffer = new MemoryStream();
    stream.CopyTo(buffer);
    target(buffer.ToArray());
});
return 0;
