using System.Security.Cryptography;
using System.Text;

namespace Haltern.Assistant.Knowledge;

/// <summary>
/// A hash of what a knowledge folder holds (every <c>*.md</c> below <c>news/</c> and <c>services/</c>: its path
/// and its bytes) and of the code that indexes it, so an index kept on disk is only reused for the same
/// folder read by the same build.
/// </summary>
public static class KnowledgeFolderHash
{
    public static async Task<string> ComputeAsync(string folder, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(typeof(KnowledgeFolderHash).Assembly.ManifestModule.ModuleVersionId.ToByteArray());
        var buffer = new byte[64 * 1024];
        foreach (var sub in new[] { KnowledgeLoader.NewsFolder, KnowledgeLoader.ServicesFolder })
        {
            var path = Path.Combine(folder, sub);
            if (!Directory.Exists(path))
            {
                continue;
            }

            foreach (var file in Directory.EnumerateFiles(path, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                cancellationToken.ThrowIfCancellationRequested();
                hash.AppendData(Encoding.UTF8.GetBytes(Path.GetRelativePath(folder, file).Replace('\\', '/') + "\0"));
                try
                {
                    await using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1, FileOptions.SequentialScan);
                    int read;
                    while ((read = await stream.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
                    {
                        hash.AppendData(buffer, 0, read);
                    }
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    // A file gone or unreadable: hashed as such; the loader reports it.
                    hash.AppendData("\0unreadable\0"u8);
                }

                hash.AppendData("\0"u8);
            }
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
