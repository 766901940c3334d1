import type { Redis } from 'ioredis';
import type { FastifyBaseLogger } from 'fastify';

interface Entry<T> {
  value: T;
  group: string;
  cachedAt: number;
}

/** A read in flight for a group; set stale when the group is forgotten meanwhile, so its result is not kept. */
interface Ticket {
  stale: boolean;
}

export interface SharedCacheOptions {
  /** The Redis channel that tells the other app processes what to forget. */
  channel: string;
  /** How long an entry may be trusted; 0 switches the cache off. */
  ttlMs: number;
  maxEntries: number;
  redis: Redis | undefined;
  log: Pick<FastifyBaseLogger, 'warn' | 'error'>;
}

/**
 * What this process read of the database recently (a live session, a candidate's 个人信息), so that a repeated read
 * is not also a database read. Each entry belongs to a group (the account); a write forgets the entry or the whole
 * group at once here and, when Redis is configured, in every other app process (pub/sub). Without Redis, another
 * process may answer from an entry for up to `ttlMs` after a write — the price of a single-process default, stated
 * in the README. Forget only after the write has committed: a read that began before then is not kept.
 */
export class SharedCache<T> {
  private readonly entries = new Map<string, Entry<T>>();
  private readonly reading = new Map<string, Set<Ticket>>();
  private subscriber: Redis | undefined;

  constructor(private readonly options: SharedCacheOptions) {}

  private get enabled(): boolean {
    return this.options.ttlMs > 0;
  }

  async start(): Promise<void> {
    const { redis, channel, log } = this.options;
    if (!redis || !this.enabled) return;
    this.subscriber = redis.duplicate();
    this.subscriber.on('message', (_channel: string, message: string) => this.dropLocally(message));
    this.subscriber.on('error', (error: Error) => log.warn({ err: error, channel }, 'cache subscriber'));
    await this.subscriber.subscribe(channel);
  }

  stop(): void {
    this.subscriber?.disconnect();
  }

  get(key: string, now: number): T | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (now - entry.cachedAt < this.options.ttlMs) return entry.value;
    this.entries.delete(key);
    return undefined;
  }

  set(key: string, group: string, value: T, now: number): void {
    if (!this.enabled) return;
    // Map keeps insertion order: the first key is the oldest entry.
    if (this.entries.size >= this.options.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    this.entries.delete(key);
    this.entries.set(key, { value, group, cachedAt: now });
  }

  /** The entry `key`, or what `read` gives (kept unless its group was forgotten while it was being read). */
  async load(key: string, group: string, read: () => Promise<T>): Promise<T> {
    const cached = this.get(key, Date.now());
    if (cached !== undefined) return cached;
    const ticket: Ticket = { stale: false };
    const tickets = this.reading.get(group) ?? new Set<Ticket>();
    this.reading.set(group, tickets.add(ticket));
    try {
      const began = Date.now();
      const value = await read();
      if (!ticket.stale) this.set(key, group, value, began);
      return value;
    } finally {
      tickets.delete(ticket);
      if (tickets.size === 0) this.reading.delete(group);
    }
  }

  /** Drops one entry (`k:` + key) or every entry of a group (`g:` + group), everywhere. */
  async forget(what: { key: string; group: string } | { group: string }): Promise<void> {
    const message = 'key' in what ? `k:${what.group}:${what.key}` : `g:${what.group}`;
    this.dropLocally(message);
    const { redis, channel, log } = this.options;
    if (redis && this.enabled) {
      await redis.publish(channel, message).catch((error: unknown) => {
        log.error({ err: error, channel }, 'cache: could not tell the other processes');
      });
    }
  }

  private dropLocally(message: string): void {
    const [kind, group, ...key] = message.split(':');
    if (!group) return;
    for (const ticket of this.reading.get(group) ?? []) ticket.stale = true;
    if (kind === 'k') {
      this.entries.delete(key.join(':'));
      return;
    }
    for (const [k, entry] of this.entries) if (entry.group === group) this.entries.delete(k);
  }
}
