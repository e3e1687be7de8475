namespace Haltern.Assistant.Knowledge;

/// <summary>A knowledge file that could not be read, with where and why. Never its content.</summary>
public sealed record SkippedFile(string Path, int? Line, string Reason)
{
    public override string ToString() => Line is { } line ? $"{Path}:{line}: {Reason}" : $"{Path}: {Reason}";
}

/// <summary>
/// One entry of a knowledge file that could not be read (an <c>hours</c> or <c>closed</c> line), with where and why;
/// the rest of the file is served. Never the entry's text beyond what the reason quotes of it.
/// </summary>
public sealed record SkippedEntry(string Path, int Line, string Reason)
{
    public override string ToString() => $"{Path}:{Line}: {Reason}";
}
