using Microsoft.AspNetCore.Http;

namespace AgencyHub.Adapters.Common.Credentials;

/// <summary>Why a request's credential was refused, or that it could not be checked, kept on the request for the answer.</summary>
static class CredentialFailure
{
    static readonly object Key = new();
    static readonly object Unchecked = new();

    public static void SetUnchecked(HttpContext context) => context.Items[Unchecked] = true;

    public static bool IsUnchecked(HttpContext context) => context.Items.ContainsKey(Unchecked);

    public static void Set(HttpContext context, string reason) => context.Items[Key] = reason;

    public static string? Of(HttpContext context) => context.Items.TryGetValue(Key, out var reason) ? reason as string : null;
}
