// A bounded cache of JSON response bodies by request URL. The graph a server holds never changes
// while it serves, so the answer to a GET is a pure function of its URL: repeated neighbourhood,
// node, search and ask requests (a viewer's clicks, a dashboard's polling) are served from memory.

export class ResponseCache {
  private readonly bodies = new Map<string, string>();
  private size = 0;

  /** `maxChars` bounds the cached bodies' total length; 0 disables the cache. */
  constructor(private readonly maxChars: number) {}

  get(key: string): string | undefined {
    const body = this.bodies.get(key);
    if (body === undefined) return undefined;
    // most recently used last, so eviction takes the oldest first
    this.bodies.delete(key);
    this.bodies.set(key, body);
    return body;
  }

  set(key: string, body: string): void {
    if (this.maxChars === 0 || body.length > this.maxChars / 8) return;
    const old = this.bodies.get(key);
    if (old !== undefined) {
      this.bodies.delete(key);
      this.size -= old.length;
    }
    this.bodies.set(key, body);
    this.size += body.length;
    for (const [k, v] of this.bodies) {
      if (this.size <= this.maxChars) break;
      this.bodies.delete(k);
      this.size -= v.length;
    }
  }

  get entries(): number {
    return this.bodies.size;
  }
}
