import v8 from 'node:v8';
import vm from 'node:vm';

v8.setFlagsFromString('--expose-gc');
// The flag exposes gc() to contexts created after it is set.
const gc = vm.runInNewContext('gc') as () => void;

/** Process memory in MB after a full garbage collection. */
export function memoryAfterGc() {
  gc();
  gc();
  const { heapUsed, arrayBuffers, external, rss } = process.memoryUsage();
  const mb = (bytes: number) => Math.round(bytes / 1048576);
  return { heapUsedMb: mb(heapUsed), arrayBuffersMb: mb(arrayBuffers), externalMb: mb(external), rssMb: mb(rss) };
}
