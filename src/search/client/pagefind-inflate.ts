// Pagefind writes its index, fragments, metadata and wasm gzip-compressed, and unless the host
// labels them `Content-Encoding: gzip` it inflates every one of them in JavaScript. That inflate
// is the hottest code on the page: on a 2-core machine the browser spends the first queries
// compiling and recompiling it in the background, and runs it unoptimised meanwhile. The
// browser's own `DecompressionStream` does the same work natively. Pagefind checks each file for
// its "pagefind_dcd" signature and skips its own inflate when the bytes arrive already inflated,
// so it needs no change.

/** Whether a path names a file Pagefind writes compressed: `*.pf_index`, `*.pf_fragment`, `*.pf_meta`, `*.pf_filter`, `wasm.*.pagefind`. */
export function isCompressedByPagefind(path: string): boolean {
  return /\.(?:pf_[a-z]+|pagefind)$/.test(path);
}

/** Whether a request is for one of Pagefind's compressed files under the site's `base`. */
export function isPagefindFile(url: string, base: string, page: string): boolean {
  const { pathname } = new URL(url, page);
  return pathname.startsWith(`${base}pagefind/`) && isCompressedByPagefind(pathname);
}

/**
 * The response with its body inflated natively, as a stream, so nothing waits for the whole file
 * (buffering it first cost ~1 ms a file). A `Content-Encoding` header means the browser has
 * already inflated the body (a host configured as in docs/deployment.md): it passes untouched.
 */
export function inflated(response: Response): Response {
  if (!response.ok || !response.body || response.headers.has('content-encoding')) return response;
  return new Response(response.body.pipeThrough(new DecompressionStream('gzip')), {
    status: response.status,
    statusText: response.statusText,
  });
}

type Fetch = typeof fetch;

/**
 * A `fetch` that inflates Pagefind's files natively and passes every other request through
 * untouched. Without `DecompressionStream` (browsers before 2023) it is `fetch` itself.
 */
export function inflatingFetch(original: Fetch, base: string, page: string): Fetch {
  if (typeof DecompressionStream === 'undefined') return original;
  return async (input, init) => {
    const response = await original(input, init);
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    return isPagefindFile(url, base, page) ? inflated(response) : response;
  };
}
