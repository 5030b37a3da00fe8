using System.Net;
using System.Net.Http.Headers;

namespace AgencyHub.IntegrationTests.Support;

/// <summary>A body sent without a Content-Length, so the adapter only finds out its size by reading it.</summary>
public sealed class UnsizedContent : HttpContent
{
    readonly byte[] _bytes;

    public UnsizedContent(byte[] bytes, string mediaType = "application/json")
    {
        _bytes = bytes;
        Headers.ContentType = new MediaTypeHeaderValue(mediaType);
    }

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => stream.WriteAsync(_bytes).AsTask();

    protected override bool TryComputeLength(out long length)
    {
        length = 0;
        return false;
    }
}
