// R-PI-6: "jpg 格式，不要大于 40k"，"近期小2寸白底证件照". The facts (size, format, dimensions, background) are measured
// elsewhere — by sharp on the server, by the browser before upload — and judged here, the same way for both.

/** R-PI-6: the guide's size limit; the server's configuration may lower it (later years used 30 KB). */
export const DEFAULT_PHOTO_MAX_BYTES = 40 * 1024;

/** R-PI-6: 小2寸 is 35 mm × 45 mm, so width / height = 7 / 9 ≈ 0.778. */
export const PHOTO_ASPECT = 35 / 45;

/**
 * Accepted: width / height within PHOTO_ASPECT ± 0.05, i.e. 0.728–0.828. That takes the pixel sizes studios and
 * phone apps deliver for 小2寸 (413×531 = 0.778, 358×441 = 0.812, 390×480 = 0.813), hand crops of 3:4 (0.75) and
 * 4:5 (0.8), but not 1寸 or 2寸 (25×35, 35×49 mm = 0.714), squares or landscape pictures, which print distorted.
 */
export const PHOTO_ASPECT_TOLERANCE = 0.05;

/**
 * The smallest photo: 35 × 45 mm at about 190 dpi is 260 × 337; a floor of 260 × 320 keeps a face recognisable on
 * the printed 申请表 and at the on-site check, while 413×531 and 358×441 photos still fit in 30–40 KB as JPEG.
 */
export const PHOTO_MIN_WIDTH = 260;
/** See PHOTO_MIN_WIDTH. */
export const PHOTO_MIN_HEIGHT = 320;

/** [beyond] The most pixels accepted (2000 × 2000): a 40 KB file that claims more is a decompression bomb. */
export const PHOTO_MAX_PIXELS = 2000 * 2000;

/** Background lightness (CIELAB L*, 0 black – 100 white) below which the background is not near-white. */
export const PHOTO_MIN_BACKGROUND_LIGHTNESS = 85;

/** What is known of a photo: bytes, decoded format ('jpeg' as sharp names it), pixel size, optional background L*. */
export interface PhotoFacts {
  bytes: number;
  format: string;
  width: number;
  height: number;
  /** L* (0–100) of the picture's border, where the background shows; absent when not measured. */
  backgroundLightness?: number;
}

const SUGGESTED = '建议使用宽413、高531像素（小2寸）的照片';

/** Size as people read it: 40960 → "40 KB", 40961 → "40.1 KB" (rounded up, so a file over the limit never reads equal). */
function kb(bytes: number): string {
  return `${Math.ceil((bytes / 1024) * 10) / 10} KB`;
}

/** R-PI-6: every problem of a photo, in Chinese, each saying what to do; an empty list means the photo is accepted. */
export function checkPhotoFacts(facts: PhotoFacts, maxBytes: number = DEFAULT_PHOTO_MAX_BYTES): string[] {
  const problems: string[] = [];
  const { bytes, format, width, height, backgroundLightness } = facts;
  if (bytes > maxBytes) {
    problems.push(`照片文件为${kb(bytes)}，超过了${kb(maxBytes)}的限制，请压缩（降低质量或尺寸）后重新上传。`);
  }
  if (format !== 'jpeg' && format !== 'jpg') {
    problems.push('照片须为 jpg 格式，请用图片工具另存为 jpg 后上传（只改文件扩展名无效）。');
  }
  if (!(width > 0 && height > 0)) {
    problems.push('无法读取照片的尺寸，请重新保存为 jpg 格式后上传。');
    return problems;
  }
  if (width * height > PHOTO_MAX_PIXELS) {
    problems.push(`照片尺寸过大（${width}×${height}像素），请缩小后上传，${SUGGESTED}。`);
  } else if (width < PHOTO_MIN_WIDTH || height < PHOTO_MIN_HEIGHT) {
    problems.push(
      `照片尺寸过小（${width}×${height}像素），宽至少${PHOTO_MIN_WIDTH}、高至少${PHOTO_MIN_HEIGHT}像素，${SUGGESTED}。`,
    );
  }
  const ratio = width / height;
  if (Math.abs(ratio - PHOTO_ASPECT) > PHOTO_ASPECT_TOLERANCE) {
    const shape = ratio > PHOTO_ASPECT ? '偏宽' : '偏窄';
    problems.push(
      `照片比例不对（${width}×${height}像素，${shape}），请按小2寸（宽35毫米×高45毫米）的比例裁剪，${SUGGESTED}。`,
    );
  }
  if (backgroundLightness !== undefined && backgroundLightness < PHOTO_MIN_BACKGROUND_LIGHTNESS) {
    problems.push('照片背景不是白色，请使用白色背景的证件照（蓝底、红底或较暗的背景不符合要求）。');
  }
  return problems;
}
