namespace QuoteCheck;

/// <summary>
/// One working list of <typeparamref name="T"/> per thread, lent out while in use: an analysis gathers its
/// values and diagnostics in it instead of growing a new list per document.
/// </summary>
/// <remarks>
/// <see cref="Take"/> leaves the thread without a list until <see cref="Give"/>, so a nested call on the same
/// thread (a claim rule that analyses text) gets a fresh list instead of sharing one in use.
/// </remarks>
internal static class ThreadList<T>
{
    [ThreadStatic]
    private static List<T>? t_list;

    /// <summary>The thread's empty list, or a new one when it is lent out.</summary>
    public static List<T> Take()
    {
        List<T> list = t_list ?? [];
        t_list = null;
        return list;
    }

    /// <summary>Clears <paramref name="list"/> (nothing of the document stays reachable) and keeps it for the thread, shrunk to <paramref name="maxKept"/> when a huge document grew it.</summary>
    public static void Give(List<T> list, int maxKept)
    {
        list.Clear();
        if (list.Capacity > maxKept)
        {
            list.Capacity = maxKept;
        }

        t_list = list;
    }
}
