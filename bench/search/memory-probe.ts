import fs from 'node:fs';
import { memoryAfterGc } from './memory';

// Preloaded into the app process by `npm run bench:search`: on SIGUSR2 it writes the process's memory after a full
// garbage collection to MEMORY_PROBE_FILE, which the benchmark reads (heap figures cannot be read from outside).
const file = process.env.MEMORY_PROBE_FILE;
if (file) process.on('SIGUSR2', () => fs.writeFileSync(file, JSON.stringify(memoryAfterGc())));
