using System.Security.Cryptography;
using System.Text;

namespace OpsBoard.Web.Features.Access;

/// <summary>Secrets given out once (integration keys, access tokens, kiosk links): random, and kept only as a SHA-256 hash.</summary>
public static class Secrets
{
    private const string Alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";

    public static string New(int length = 32) => RandomNumberGenerator.GetString(Alphabet, length);

    public static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    /// <summary>Why the name of something a secret is issued for will not do (empty, or too long), or null.</summary>
    public static string? NameProblem(string? name, int maxLength, string hint) =>
        string.IsNullOrWhiteSpace(name) ? hint
        : name.Trim().Length > maxLength ? $"Keep the name to {maxLength} characters (it has {name.Trim().Length})."
        : null;

    /// <summary>How a secret is shown after it is issued: its last characters only ("…a1b2").</summary>
    public static string Hint(string lastCharacters) => $"\u2026{lastCharacters}";
}
