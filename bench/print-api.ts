import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gb11643CheckChar } from '../src/domain/identity/resident-id';
import { buildApp } from '../src/server/app';
import { loadConfig } from '../src/server/config';
import { warmUpPrinting } from '../src/server/modules/print/warm-up';
import { upsertPhoto } from '../src/server/modules/profile/repository';
import { samplePhoto } from '../src/server/modules/print/test-support';
import { bachelorEducation, seedTestCatalogue } from '../src/server/test/application-fixtures';

// `node --import tsx bench/print-api.ts [--cold]`: R-EX-10 through the API over loopback HTTP, on the embedded
// database: one submitted application with a 30 KB photo, then GET form.pdf and notice.pdf, each timed at the
// client. Without --cold the sample warm-up of main.ts runs first (and is timed); with it, the first request pays.
const RUNS = Number(process.env.RUNS ?? 15);
const cold = process.argv.includes('--cold');

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'print-api-'));
const config = loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent', WEB_ROOT: path.join(dataDir, 'no-web') });
const { app, ctx } = await buildApp(config);
const cat = await seedTestCatalogue(ctx.db);
const base = await app.listen({ port: 0, host: '127.0.0.1' });

let cookie = '';
async function call(method: string, url: string, body?: unknown) {
  const res = await fetch(base + url, {
    method,
    headers: { cookie, ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  const set = res.headers.get('set-cookie');
  if (set) cookie = set.split(';')[0]!;
  if (res.status >= 300) throw new Error(`${method} ${url}: ${res.status} ${await res.text()}`);
  return res;
}

const first17 = '11010119960307124';
await call('POST', '/api/auth/register', {
  username: 'printbench',
  password: 'Passw0rd',
  securityQuestion: '我的小学名称',
  securityAnswer: '红星小学',
  email: 'print@example.org',
  name: '欧阳晓蕾',
  idType: 'RESIDENT_ID',
  idNumber: first17 + gb11643CheckChar(first17),
  nationality: 'CN',
  ethnicity: '01',
});
await call('PUT', '/api/profile/work', {
  employmentStatus: '在职',
  unitAffiliation: '地方',
  workUnitId: cat.workUnitId,
});
// The sample photo is as heavy as real uploads but noise, which the upload's background check refuses: stored directly.
const photo = await samplePhoto();
const account = await ctx.db
  .selectFrom('accounts')
  .select('id')
  .where('username', '=', 'printbench')
  .executeTakeFirstOrThrow();
await upsertPhoto(ctx.db, { account_id: account.id, jpeg: photo, width: 413, height: 531, bytes: photo.length }, null);
const education = (await (await call('POST', '/api/profile/educations', bachelorEducation(cat))).json()) as {
  id: string;
};
const { id } = (await (await call('POST', '/api/applications', { examId: cat.exams.clinical })).json()) as {
  id: string;
};
for (const body of [
  { step: 'basic' },
  { step: 'work', confirmed: true },
  { step: 'education', educationIds: [education.id], residencyTraining: false },
  { step: 'certificate' },
  { step: 'confirm', areaCode: '11', siteId: cat.sites.big, attempts: 2 },
])
  await call('PATCH', `/api/applications/${id}`, body);
await call('POST', `/api/applications/${id}/submit`);

const round = (ms: number) => Math.round(ms * 10) / 10;
const results: Record<string, unknown> = { photoBytes: photo.length, cold };
if (!cold) {
  const start = performance.now();
  await warmUpPrinting(app.log);
  results.warmUpMs = round(performance.now() - start);
}
for (const file of ['form.pdf', 'notice.pdf']) {
  const times: number[] = [];
  let bytes = 0;
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    const res = await call('GET', `/api/applications/${id}/${file}`);
    bytes = (await res.arrayBuffer()).byteLength;
    times.push(performance.now() - start);
  }
  const firstMs = times[0]!;
  const rest = times.slice(1).sort((a, b) => a - b);
  results[file] = {
    bytes,
    firstMs: round(firstMs),
    medianMs: round(rest[Math.floor(rest.length / 2)]!),
    p90Ms: round(rest[Math.floor(rest.length * 0.9)]!),
    minMs: round(rest[0]!),
  };
}
console.log(JSON.stringify(results, null, 2));
await app.close();
fs.rmSync(dataDir, { recursive: true, force: true });
