namespace Haltern.Assistant.Search;

/// <summary>The folder a relative <c>Knowledge:Path</c> is read from (the host's content root).</summary>
public sealed record ContentRoot(string Path);
