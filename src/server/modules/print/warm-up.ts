import type { FastifyBaseLogger } from 'fastify';
import sharp from 'sharp';
import { renderApplicationForm, renderSuccessNotice } from './forms';
import { sampleApplication } from './sample';

/**
 * Renders both forms once from the sample, so the first candidate to print does not pay the ~1 s of the first
 * render of a process (reading and parsing the fonts, JIT of fontkit, bwip-js and pdfkit). Called after the server
 * listens and not awaited: it never delays start-up, and a failure is only logged (printing then pays it itself).
 */
export async function warmUpPrinting(log: FastifyBaseLogger): Promise<void> {
  const started = performance.now();
  try {
    // A plain 小2寸 JPEG, so the photo path of pdfkit is warmed too; one encoding, a few milliseconds.
    const photo = await sharp({ create: { width: 413, height: 531, channels: 3, background: '#f4f4f4' } })
      .jpeg()
      .toBuffer();
    const application = sampleApplication(photo);
    await renderApplicationForm(application);
    await renderSuccessNotice(application);
    log.info({ ms: Math.round(performance.now() - started) }, 'printing warmed up');
  } catch (error) {
    log.error({ err: error }, 'printing warm-up failed; the first print will be slow');
  }
}
