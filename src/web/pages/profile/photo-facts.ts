import { PHOTO_MAX_PIXELS, type PhotoFacts } from '../../../domain/profile/photo';

/** The format by the file's first bytes, as sharp would name it; the name's extension proves nothing. */
async function sniffFormat(file: Blob): Promise<string> {
  const head = new Uint8Array(await file.slice(0, 8).arrayBuffer());
  if (head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return 'jpeg';
  if (head[0] === 0x89 && head[1] === 0x50 && head[2] === 0x4e && head[3] === 0x47) return 'png';
  if (head[0] === 0x47 && head[1] === 0x49 && head[2] === 0x46) return 'gif';
  if (head[0] === 0x42 && head[1] === 0x4d) return 'bmp';
  return 'unknown';
}

/** CIELAB L* (0 black – 100 white) of an sRGB pixel: how light it looks, whatever its hue. */
function lightness(r: number, g: number, b: number): number {
  const linear = (channel: number) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const y = 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
  return y > 216 / 24389 ? 116 * Math.cbrt(y) - 16 : (24389 / 27) * y;
}

// Measured as the server measures it (src/server/modules/profile/photo.ts), so both judge a photo alike: the
// picture squeezed to 35 × 45, then the mean L* of its top two rows and its left and right two columns.
const SAMPLE_WIDTH = 35;
const SAMPLE_HEIGHT = 45;
const RING = 2;

/** The mean lightness (L*) of the photo's border, where a portrait's background shows. */
function borderLightness(image: ImageBitmap): number | undefined {
  const canvas = document.createElement('canvas');
  canvas.width = SAMPLE_WIDTH;
  canvas.height = SAMPLE_HEIGHT;
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (!context) return undefined;
  context.imageSmoothingQuality = 'high';
  context.drawImage(image, 0, 0, SAMPLE_WIDTH, SAMPLE_HEIGHT);
  const { data } = context.getImageData(0, 0, SAMPLE_WIDTH, SAMPLE_HEIGHT);
  let sum = 0;
  let count = 0;
  for (let y = 0; y < SAMPLE_HEIGHT; y++) {
    for (let x = 0; x < SAMPLE_WIDTH; x++) {
      if (!(y < RING || x < RING || x >= SAMPLE_WIDTH - RING)) continue;
      const i = (y * SAMPLE_WIDTH + x) * 4;
      sum += lightness(data[i]!, data[i + 1]!, data[i + 2]!);
      count++;
    }
  }
  return count > 0 ? sum / count : undefined;
}

/** R-PI-6: what the browser can measure of a photo before upload, for the domain's checkPhotoFacts. */
export async function measurePhoto(file: Blob): Promise<PhotoFacts> {
  const facts: PhotoFacts = { bytes: file.size, format: await sniffFormat(file), width: 0, height: 0 };
  let image: ImageBitmap;
  try {
    image = await createImageBitmap(file);
  } catch {
    return facts; // not a picture the browser can decode: no dimensions, which checkPhotoFacts reports
  }
  try {
    facts.width = image.width;
    facts.height = image.height;
    // A picture too large is refused for that alone; its border need not be read.
    if (image.width * image.height <= PHOTO_MAX_PIXELS) {
      const background = borderLightness(image);
      if (background !== undefined) facts.backgroundLightness = background;
    }
  } finally {
    image.close();
  }
  return facts;
}
