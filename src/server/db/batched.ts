interface Waiting<I, O> {
  item: I;
  resolve: (result: O | undefined) => void;
  reject: (error: unknown) => void;
}

/**
 * Calls that arrive in the same turn of the event loop go to the database as one statement (`run` takes them all),
 * as a database groups commits: under load, one round trip and one commit serve many requests, and alone a call
 * waits for nothing. A key appears at most once in a batch (a second call for it goes in the next one); each call
 * gets what `run` answered for its key, or undefined.
 */
export function batched<I, O>(
  keyOf: (item: I) => string,
  run: (items: I[]) => Promise<Map<string, O>>,
  maxBatch = 100,
): (item: I) => Promise<O | undefined> {
  let queue: Waiting<I, O>[] = [];
  let scheduled = false;
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    setImmediate(flush);
  };
  function flush() {
    scheduled = false;
    const batch: Waiting<I, O>[] = [];
    const later: Waiting<I, O>[] = [];
    const keys = new Set<string>();
    for (const waiting of queue) {
      const key = keyOf(waiting.item);
      if (keys.has(key) || batch.length >= maxBatch) later.push(waiting);
      else {
        keys.add(key);
        batch.push(waiting);
      }
    }
    queue = later;
    if (later.length > 0) schedule();
    run(batch.map((w) => w.item)).then(
      (results) => batch.forEach((w) => w.resolve(results.get(keyOf(w.item)))),
      (error: unknown) => batch.forEach((w) => w.reject(error)),
    );
  }
  return (item) =>
    new Promise<O | undefined>((resolve, reject) => {
      queue.push({ item, resolve, reject });
      schedule();
    });
}
