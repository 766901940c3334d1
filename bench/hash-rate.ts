import os from 'node:os';
import argon2 from 'argon2';

// The raw argon2id rate of this machine: as many verifications in parallel as there are cores,
// with the platform's parameters, for a bounded time. Prints hashes per second.
const seconds = Number(process.env.BENCH_SECONDS ?? 5);
const parallel = os.availableParallelism();
const hash = await argon2.hash('Passw0rd1', { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 });
const deadline = Date.now() + seconds * 1000;
let done = 0;
await Promise.all(
  Array.from({ length: parallel }, async () => {
    while (Date.now() < deadline) {
      await argon2.verify(hash, 'Passw0rd1');
      done++;
    }
  }),
);
console.log(JSON.stringify({ hashesPerSecond: done / seconds, parallel }));
