import type { Redis } from 'ioredis';
import type { FastifyBaseLogger } from 'fastify';

const CHANNEL = 'nmec:sessions:forget';

interface Entry<T> {
  value: T;
  accountId: string;
  cachedAt: number;
}

/**
 * Live sessions this process has checked recently, so that an authenticated read is not also a database read.
 * An entry lives `ttlMs` at most; logging out and password changes drop the entries at once here and, when Redis
 * is configured, in every other app process (pub/sub). Without Redis, another process may honour an ended
 * session for up to `ttlMs` — the price of a single-process default, stated in the README.
 */
export class SessionCache<T> {
  private readonly entries = new Map<string, Entry<T>>();
  private subscriber: Redis | undefined;

  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries: number,
    private readonly redis: Redis | undefined,
    private readonly log: Pick<FastifyBaseLogger, 'warn' | 'error'>,
  ) {}

  async start(): Promise<void> {
    if (!this.redis || this.ttlMs === 0) return;
    this.subscriber = this.redis.duplicate();
    this.subscriber.on('message', (_channel: string, message: string) => this.dropLocally(message));
    this.subscriber.on('error', (error: Error) => this.log.warn({ err: error }, 'session cache subscriber'));
    await this.subscriber.subscribe(CHANNEL);
  }

  stop(): void {
    this.subscriber?.disconnect();
  }

  get(tokenHash: string, now: number): T | undefined {
    const entry = this.entries.get(tokenHash);
    if (!entry) return undefined;
    if (now - entry.cachedAt < this.ttlMs) return entry.value;
    this.entries.delete(tokenHash);
    return undefined;
  }

  set(tokenHash: string, accountId: string, value: T, now: number): void {
    if (this.ttlMs === 0) return;
    // Map keeps insertion order: the first key is the oldest entry.
    if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(tokenHash, { value, accountId, cachedAt: now });
  }

  /** Drops one session (`t:` + token hash) or every session of an account (`a:` + account id), everywhere. */
  async forget(key: { tokenHash: string } | { accountId: string }): Promise<void> {
    const message = 'tokenHash' in key ? `t:${key.tokenHash}` : `a:${key.accountId}`;
    this.dropLocally(message);
    if (this.redis && this.ttlMs > 0) {
      await this.redis.publish(CHANNEL, message).catch((error: unknown) => {
        this.log.error({ err: error }, 'session cache: could not tell the other processes');
      });
    }
  }

  private dropLocally(message: string): void {
    const id = message.slice(2);
    if (message.startsWith('t:')) {
      this.entries.delete(id);
      return;
    }
    for (const [tokenHash, entry] of this.entries) if (entry.accountId === id) this.entries.delete(tokenHash);
  }
}
