namespace Brink.Text.Entities;

/// <summary>BILOU entity tags: conversion from IOB2, legal successions, and spans.</summary>
internal static class Bilou
{
    public static string[] FromIob(string[] iob)
    {
        var r = new string[iob.Length];
        for (int i = 0; i < iob.Length; i++)
        {
            if (iob[i] == "O") { r[i] = "O"; continue; }
            string type = iob[i][2..];
            bool begins = iob[i][0] == 'B';
            bool continues = i + 1 < iob.Length && iob[i + 1] == "I-" + type;
            r[i] = (begins, continues) switch
            {
                (true, false) => "U-" + type,
                (true, true) => "B-" + type,
                (false, true) => "I-" + type,
                _ => "L-" + type,
            };
        }
        return r;
    }

    /// <summary>Whether <paramref name="next"/> may follow <paramref name="prev"/> (null at sentence start).</summary>
    public static bool CanFollow(string? prev, string next)
    {
        bool open = prev is not null && prev[0] is 'B' or 'I';
        if (open) return next[0] is 'I' or 'L' && next[2..] == prev![2..];
        return next == "O" || next[0] is 'B' or 'U';
    }

    /// <summary>Whether <paramref name="tag"/> may end a sentence.</summary>
    public static bool CanEnd(string tag) => tag[0] is not ('B' or 'I');

    /// <summary>Entity spans (start, end exclusive, type) of a tag sequence.</summary>
    public static IEnumerable<(int Start, int End, string Type)> Spans(IReadOnlyList<string> tags)
    {
        int start = -1;
        for (int i = 0; i < tags.Count; i++)
        {
            string t = tags[i];
            if (t[0] == 'U') yield return (i, i + 1, t[2..]);
            else if (t[0] == 'B') start = i;
            else if (t[0] == 'L' && start >= 0) { yield return (start, i + 1, t[2..]); start = -1; }
            else if (t == "O") start = -1;
        }
    }
}
