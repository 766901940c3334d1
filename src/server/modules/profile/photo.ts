import sharp from 'sharp';
import { AppError } from '../../../domain/errors';
import { PHOTO_MAX_PIXELS, checkPhotoFacts } from '../../../domain/profile/photo';
import { NotJpegLayout, withoutMetadata } from './jpeg-segments';

// Small enough to be quick, large enough that a border two samples wide is mostly background.
const SAMPLE_WIDTH = 35;
const SAMPLE_HEIGHT = 45;

export interface ProcessedPhoto {
  jpeg: Buffer;
  width: number;
  height: number;
  bytes: number;
}

const notJpeg = () =>
  new AppError('UNSUPPORTED_MEDIA_TYPE', {
    message:
      '照片须为完整的 jpg 文件：该文件无法作为 jpg 读取（可能是改了扩展名的其他格式，或文件不完整），请重新保存为 jpg 后上传。',
  });

function photoProblem(problems: readonly string[]): AppError {
  const message = problems.join('');
  return new AppError('VALIDATION', { message, fields: { photo: message } });
}

/** L* (0–100) of an sRGB pixel: how light it looks, whatever its hue. */
function lightness(r: number, g: number, b: number): number {
  const lin = (c: number) => {
    const v = c / 255;
    return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  const y = 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
  return y > 216 / 24389 ? 116 * Math.cbrt(y) - 16 : (24389 / 27) * y;
}

/** Mean lightness of the outer ring of a small sample: where a portrait's background shows. */
async function borderLightness(image: sharp.Sharp): Promise<number> {
  const { data, info } = await image
    .resize(SAMPLE_WIDTH, SAMPLE_HEIGHT, { fit: 'fill' })
    .removeAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  let sum = 0;
  let n = 0;
  for (let y = 0; y < info.height; y++) {
    for (let x = 0; x < info.width; x++) {
      const border = y < 2 || x < 2 || x >= info.width - 2;
      if (!border) continue;
      const i = (y * info.width + x) * info.channels;
      sum += lightness(data[i]!, data[i + 1]!, data[i + 2]!);
      n++;
    }
  }
  return sum / n;
}

/**
 * A photo shown as it is coded: upright, in colour (RGB) or grey. Its metadata can then be cut out and its coded
 * pixels kept as they are; any other photo (turned by EXIF, CMYK) is re-encoded upright in sRGB.
 */
function keepsAsCoded(meta: sharp.Metadata): boolean {
  return (meta.orientation ?? 1) === 1 && (meta.space === 'srgb' || meta.space === 'b-w');
}

async function reencoded(decode: () => sharp.Sharp, maxBytes: number): Promise<Buffer> {
  for (const quality of [90, 82, 74, 66, 58]) {
    const jpeg = await decode().jpeg({ quality }).toBuffer();
    if (jpeg.length <= maxBytes) return jpeg;
  }
  throw photoProblem(['照片压缩后仍超过大小限制，请缩小照片尺寸后重新上传。']);
}

/**
 * R-PI-6: proves the upload is a whole JPEG (decoding it, not trusting its name or type), judges it by the
 * domain's photo rules, and keeps it without metadata (EXIF, GPS) within the size limit.
 */
export async function processPhoto(input: Buffer, maxBytes: number): Promise<ProcessedPhoto> {
  let meta: sharp.Metadata;
  try {
    // The header alone: dimensions are judged before anything is decoded, so a pixel flood costs nothing.
    meta = await sharp(input, { limitInputPixels: false }).metadata();
  } catch {
    throw notJpeg();
  }
  // Decoding fails on a truncated file, and never goes past the pixel limit. A new pipeline for each use: cheaper
  // than sharp's clone().
  const decode = () => sharp(input, { failOn: 'truncated', limitInputPixels: PHOTO_MAX_PIXELS }).rotate();
  if (meta.format !== 'jpeg') throw notJpeg();
  const width = meta.autoOrient?.width ?? meta.width ?? 0;
  const height = meta.autoOrient?.height ?? meta.height ?? 0;
  const facts = { bytes: input.length, format: meta.format, width, height };
  if (width * height > PHOTO_MAX_PIXELS) throw photoProblem(checkPhotoFacts(facts, maxBytes));
  let backgroundLightness: number;
  try {
    // Every coded block is read here (the sample is small, not the work): this is the proof the file is whole.
    backgroundLightness = await borderLightness(decode());
  } catch {
    throw notJpeg();
  }
  const problems = checkPhotoFacts({ ...facts, backgroundLightness }, maxBytes);
  if (problems.length > 0) throw photoProblem(problems);
  let jpeg: Buffer;
  try {
    jpeg = keepsAsCoded(meta) ? withoutMetadata(input) : await reencoded(decode, maxBytes);
  } catch (error) {
    if (error instanceof NotJpegLayout) throw notJpeg();
    throw error;
  }
  return { jpeg, width, height, bytes: jpeg.length };
}
