import { loadFonts } from '../src/server/modules/print/fonts';
import { renderApplicationForm, renderSuccessNotice } from '../src/server/modules/print/forms';
import { sampleApplication } from '../src/server/modules/print/sample';
import { samplePhoto } from '../src/server/modules/print/test-support';

// `node --import tsx bench/print.ts`: the R-EX-10 printing targets (≤ 150 ms, ≤ 150 KB a document) on this machine.
// Prints JSON: the first render (font read and parse included), then the median and p90 of 20 renders after warm-up.
const RUNS = 20;
const WARM_UP = 20;

const photo = await samplePhoto();
const application = sampleApplication(photo);
const fontStart = performance.now();
await loadFonts();
const fontLoadMs = performance.now() - fontStart;

const round = (ms: number) => Math.round(ms * 10) / 10;
const results: Record<string, unknown> = { photoBytes: photo.length, fontLoadMs: round(fontLoadMs) };
for (const [name, render] of [
  ['applicationForm', renderApplicationForm],
  ['successNotice', renderSuccessNotice],
] as const) {
  const first = performance.now();
  await render(application);
  const firstMs = performance.now() - first;
  for (let i = 0; i < WARM_UP; i++) await render(application);
  const times: number[] = [];
  let bytes = 0;
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    bytes = (await render(application)).length;
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  results[name] = {
    bytes,
    firstMs: round(firstMs),
    medianMs: round(times[RUNS / 2]!),
    p90Ms: round(times[Math.floor(RUNS * 0.9)]!),
  };
}
console.log(JSON.stringify(results, null, 2));
