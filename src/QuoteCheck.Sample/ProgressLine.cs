using System.Diagnostics;
using System.Globalization;

namespace QuoteCheck.Sample;

/// <summary>
/// One line of progress on standard error for a long interactive run ("analysing 512 of 1,008 articles"),
/// rewritten in place and wiped when the run ends. Nothing is shown in the first half second, so a short
/// run prints nothing, and the line changes at most ten times a second. Reports come from the worker
/// threads, so writes are serialised behind a lock and the largest count seen wins.
/// </summary>
internal sealed class ProgressLine(TextWriter error) : IProgress<CheckProgress>, IDisposable
{
    private static readonly TimeSpan QuietStart = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(100);

    private readonly Lock _gate = new();
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private TimeSpan _lastWrite;
    private CheckProgress _latest;
    private int _shownLength;

    /// <summary>Whether a progress line suits this run: standard error is the user's terminal and they did not ask for quiet.</summary>
    public static bool IsWanted(CommandLine command, TextWriter stderr) =>
        !command.Quiet && ReferenceEquals(stderr, Console.Error) && !Console.IsErrorRedirected;

    public void Report(CheckProgress value)
    {
        lock (_gate)
        {
            if (value.Stage < _latest.Stage || (value.Stage == _latest.Stage && value.Completed < _latest.Completed))
            {
                return; // an older report that lost the race to the lock
            }

            bool stageChanged = value.Stage != _latest.Stage;
            _latest = value;
            TimeSpan now = _clock.Elapsed;
            if (now < QuietStart || (!stageChanged && now - _lastWrite < Interval))
            {
                return;
            }

            _lastWrite = now;
            Show(Describe(value));
        }
    }

    /// <summary>The words of one report.</summary>
    public static string Describe(CheckProgress value) => value.Stage switch
    {
        CheckStage.Analyzing => string.Create(CultureInfo.InvariantCulture, $"quotecheck: analysing {value.Completed:N0} of {value.Total:N0} articles"),
        _ => string.Create(CultureInfo.InvariantCulture, $"quotecheck: cross-checking {value.Total:N0} articles"),
    };

    private void Show(string line)
    {
        // Pad over the longer line before it, then return to the start of the line for the next one.
        error.Write('\r' + line.PadRight(_shownLength));
        error.Flush();
        _shownLength = line.Length;
    }

    /// <summary>Wipes the line, so the report or the next prompt starts on a clean one.</summary>
    public void Dispose()
    {
        lock (_gate)
        {
            if (_shownLength > 0)
            {
                error.Write('\r' + new string(' ', _shownLength) + '\r');
                error.Flush();
                _shownLength = 0;
            }
        }
    }
}
