import fs from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath, URL } from 'node:url';

// `npm start`: the server from its build in dist/server, built again first when a source is newer than the build
// (a fresh clone's `npm ci` builds it once; an edit is picked up on the next start), in this one process.
const fromRoot = (file) => fileURLToPath(new URL(`../${file}`, import.meta.url));
const BUILT = fromRoot('dist/server/main.js');

function newestSource(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(file) : fs.statSync(file).mtimeMs);
  }
  return newest;
}

const builtAt = fs.existsSync(BUILT) ? fs.statSync(BUILT).mtimeMs : 0;
if (newestSource(fromRoot('src')) > builtAt) await import('./build-server.mjs');
// Error stacks in the logs name the TypeScript sources (dist/server holds the source maps).
process.setSourceMapsEnabled(true);
await import(BUILT);
