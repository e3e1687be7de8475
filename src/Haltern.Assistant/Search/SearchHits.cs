using Haltern.Assistant.Knowledge;

namespace Haltern.Assistant.Search;

/// <summary>A service found for a question, with how much of the question it covers (0..1).</summary>
public sealed record ServiceHit(Service Service, double Coverage, float Score);

/// <summary>A sentence of an article found for a question, with how much of the question it covers (0..1).</summary>
public sealed record PassageHit(Article Article, string Sentence, int Ordinal, double Coverage, float Score);

/// <summary>An article found for a question, with how much of the question it covers (0..1).</summary>
public sealed record ArticleHit(Article Article, double Coverage, float Score);
