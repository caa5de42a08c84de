// A request body read up to a limit, whatever Content-Length claimed: a client cannot make the
// server buffer more than the route accepts.

/** The body's bytes, or null as soon as they pass `limit`. */
export async function readBodyBytes(request: Request, limit: number): Promise<Buffer | null> {
  if (!request.body) return Buffer.alloc(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => {});
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/** The body as UTF-8 text (invalid sequences replaced), or null past `limit`. */
export async function readBodyText(request: Request, limit: number): Promise<string | null> {
  const bytes = await readBodyBytes(request, limit);
  return bytes === null ? null : new TextDecoder('utf-8', { fatal: false }).decode(bytes);
}
