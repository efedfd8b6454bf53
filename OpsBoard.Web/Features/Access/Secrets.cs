using System.Security.Cryptography;
using System.Text;

namespace OpsBoard.Web.Features.Access;

/// <summary>Secrets given out once (integration keys, access tokens, kiosk links): random, and kept only as a SHA-256 hash.</summary>
public static class Secrets
{
    private const string Alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";

    public static string New(int length = 32) => RandomNumberGenerator.GetString(Alphabet, length);

    public static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
}
