using Microsoft.AspNetCore.Http;
using OpsBoard.Web.Features.Recording;

namespace OpsBoard.Tests.Support;

/// <summary>An <see cref="Actor"/> signed in with one role, as a request would carry it, for services tested without the app.</summary>
public static class TestActors
{
    // Its own accessor per actor: HttpContextAccessor keeps one context per async flow, so two actors would share it.
    public static Actor Of(string role) => new(new Request { HttpContext = new DefaultHttpContext { User = Viewers.Of(role) } }, null!);

    private sealed class Request : IHttpContextAccessor
    {
        public HttpContext? HttpContext { get; set; }
    }
}
