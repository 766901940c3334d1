import path from 'node:path';
import { fileURLToPath } from 'node:url';

// src/server/ in the sources and dist/server/ in the build (scripts/build-server.mjs) are both two levels below
// the project's root, so one relative step finds it from either.
const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** A path inside the project (its data files, its migrations), wherever the process's working directory is. */
export function projectPath(...segments: string[]): string {
  return path.join(ROOT, ...segments);
}

/** Whether this code runs from the TypeScript sources (tsx, vitest) rather than from the build in dist/server. */
export const runningFromSources = import.meta.url.endsWith('.ts');
