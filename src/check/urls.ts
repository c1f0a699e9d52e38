/**
 * A URL that would run code or smuggle a document: `javascript:`, `vbscript:`, `data:`.
 * Browsers ignore ASCII whitespace and control characters inside the scheme, so those are
 * stripped before comparing, as the URL parser would.
 */
export function isUnsafeUrl(url: string): boolean {
  const scheme = url.replace(/[\u0000-\u0020\u007f]/g, '').toLowerCase();
  return /^(?:javascript|vbscript|data):/.test(scheme);
}
