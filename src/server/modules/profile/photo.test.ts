import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { NotJpegLayout, withoutMetadata } from './jpeg-segments';
import { processPhoto } from './photo';

/** A white-background portrait with a face; noise so it is not trivially compressible. */
async function portrait(width = 390, height = 480): Promise<sharp.Sharp> {
  const noise = Buffer.alloc(width * height * 3);
  for (let i = 0; i < noise.length; i++) noise[i] = 235 + ((i * 7919) % 20);
  const face = Buffer.from(
    `<svg width="${width}" height="${height}"><ellipse cx="${width / 2}" cy="${height / 2}" rx="${width / 4}" ry="${height / 3}" fill="#555"/></svg>`,
  );
  return sharp(
    await sharp(noise, { raw: { width, height, channels: 3 } })
      .composite([{ input: face }])
      .png()
      .toBuffer(),
  );
}

const pixels = async (jpeg: Buffer) => (await sharp(jpeg).raw().toBuffer()).toString('base64');

/** An APPn or COM segment with this payload. */
function segment(marker: number, payload: string): Buffer {
  const body = Buffer.from(payload, 'latin1');
  const head = Buffer.from([0xff, marker, 0, 0]);
  head.writeUInt16BE(body.length + 2, 2);
  return Buffer.concat([head, body]);
}

/** The JPEG with segments put in right after its start-of-image marker, and bytes after its end. */
const withExtras = (jpeg: Buffer, segments: Buffer[], trailer = Buffer.alloc(0)) =>
  Buffer.concat([jpeg.subarray(0, 2), ...segments, jpeg.subarray(2), trailer]);

describe('withoutMetadata (R-PI-6: metadata stripped, pixels kept)', () => {
  it.each([
    ['baseline', { quality: 80 }],
    ['progressive (several scans)', { quality: 80, progressive: true }],
    ['4:4:4, restart markers in the scan', { quality: 95, chromaSubsampling: '4:4:4' }],
  ])('cuts EXIF, XMP, comments, thumbnails and trailing data from a %s JPEG, pixel for pixel', async (_k, o) => {
    const plain = await (await portrait()).jpeg(o).toBuffer();
    const loaded = withExtras(
      await sharp(plain)
        .withMetadata({ exif: { IFD0: { Copyright: 'secret-gps' } } })
        .withXmp('<x:xmpmeta xmlns:x="adobe:ns:meta/">secret-xmp</x:xmpmeta>')
        .jpeg(o)
        .toBuffer(),
      [segment(0xfe, 'secret-comment'), segment(0xe1, 'Exif\0\0secret-exif'), segment(0xe0, 'JFXX\0secret-thumb')],
      Buffer.from('PK\x03\x04secret-zip'),
    );
    const kept = withoutMetadata(loaded);
    expect(kept.toString('latin1')).not.toMatch(/secret/);
    const meta = await sharp(kept).metadata();
    expect([meta.exif, meta.xmp]).toEqual([undefined, undefined]);
    // The colour profile describes the pixels, not the person: kept.
    expect(meta.icc).toEqual((await sharp(loaded).metadata()).icc);
    expect(kept.subarray(-2)).toEqual(Buffer.from([0xff, 0xd9]));
    expect(await pixels(kept)).toBe(await pixels(loaded));
  });

  it("keeps Adobe's APP14, which says how the components are coded", async () => {
    const jpeg = await (await portrait()).jpeg().toBuffer();
    const adobe = segment(0xee, 'Adobe\0\x64\0\0\0\0\x01');
    expect(withoutMetadata(withExtras(jpeg, [adobe])).includes(adobe)).toBe(true);
  });

  it.each([
    ['not starting as a JPEG', (j: Buffer) => Buffer.concat([Buffer.from('GIF89a'), j])],
    ['cut inside a segment', (j: Buffer) => j.subarray(0, 30)],
    ['cut inside the scan', (j: Buffer) => j.subarray(0, j.length - 500)],
    ['garbage between segments', (j: Buffer) => Buffer.concat([j.subarray(0, 2), Buffer.from('xx'), j.subarray(2)])],
  ])('refuses a file %s', async (_k, spoil) => {
    const jpeg = await (await portrait()).jpeg().toBuffer();
    expect(() => withoutMetadata(spoil(jpeg))).toThrow(NotJpegLayout);
  });
});

describe('processPhoto (R-PI-6)', () => {
  it('keeps an upright sRGB photo as it was coded, without its metadata', async () => {
    const plain = await (await portrait()).jpeg({ quality: 80 }).toBuffer();
    const upload = await sharp(plain)
      .withMetadata({ exif: { IFD0: { Copyright: 'secret-gps' } } })
      .jpeg({ quality: 80 })
      .toBuffer();
    const photo = await processPhoto(upload, 40 * 1024);
    expect(photo).toMatchObject({ width: 390, height: 480 });
    expect(photo.bytes).toBeLessThan(upload.length);
    expect((await sharp(photo.jpeg).metadata()).exif).toBeUndefined();
    expect(await pixels(photo.jpeg)).toBe(await pixels(upload));
  });

  it('turns a photo upright by its EXIF orientation (re-encoded, orientation gone)', async () => {
    // Stored lying on its side (480 × 390), with the EXIF mark that says to turn it a quarter clockwise.
    const lying = await (await portrait()).rotate(-90).jpeg().toBuffer();
    const upload = await sharp(lying).withMetadata({ orientation: 6 }).jpeg().toBuffer();
    const photo = await processPhoto(upload, 40 * 1024);
    expect(photo).toMatchObject({ width: 390, height: 480 });
    const meta = await sharp(photo.jpeg).metadata();
    expect([meta.width, meta.height, meta.orientation]).toEqual([390, 480, undefined]);
  });

  it('keeps the colour profile of a photo in Display P3, so it shows in its own colours', async () => {
    const upload = await (await portrait()).withIccProfile('p3').jpeg().toBuffer();
    const photo = await processPhoto(upload, 40 * 1024);
    expect((await sharp(photo.jpeg).metadata()).icc).toEqual((await sharp(upload).metadata()).icc);
    expect(await pixels(photo.jpeg)).toBe(await pixels(upload));
  });

  it('converts a CMYK photo to sRGB, which every browser and the printed forms show alike', async () => {
    const upload = await (await portrait()).toColourspace('cmyk').jpeg().toBuffer();
    const photo = await processPhoto(upload, 40 * 1024);
    expect((await sharp(photo.jpeg).metadata()).space).toBe('srgb');
  });
});
