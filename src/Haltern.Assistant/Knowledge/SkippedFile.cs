namespace Haltern.Assistant.Knowledge;

/// <summary>A knowledge file that could not be read, with where and why. Never its content.</summary>
public sealed record SkippedFile(string Path, int? Line, string Reason)
{
    public override string ToString() => Line is { } line ? $"{Path}:{line}: {Reason}" : $"{Path}: {Reason}";
}
