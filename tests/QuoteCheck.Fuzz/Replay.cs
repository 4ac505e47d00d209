using System.Diagnostics;

namespace QuoteCheck.Fuzz;

/// <summary>Runs a target on saved inputs (AFL's crashes and hangs) outside AFL, one line per input, to sort the findings.</summary>
internal static class Replay
{
    public static int Run(Action<byte[]> target, IEnumerable<string> paths)
    {
        int failures = 0;
        foreach (string path in paths)
        {
            byte[] input = File.ReadAllBytes(path);
            var watch = Stopwatch.StartNew();
            try
            {
                target(input);
                Console.WriteLine($"{path}: ok, {input.Length} bytes, {watch.Elapsed.TotalMilliseconds:F0} ms");
            }
#pragma warning disable CA1031 // A replay reports every exception: that is what it is for.
            catch (Exception e)
#pragma warning restore CA1031
            {
                failures++;
                string where = e.StackTrace?.Split('\n').FirstOrDefault()?.Trim() ?? "";
                Console.WriteLine($"{path}: {e.GetType().Name}: {e.Message} {where}");
            }
        }

        return failures == 0 ? 0 : 1;
    }
}
