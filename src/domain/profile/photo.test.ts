import { describe, it, expect } from 'vitest';
import {
  DEFAULT_PHOTO_MAX_BYTES,
  PHOTO_ASPECT,
  PHOTO_ASPECT_TOLERANCE,
  PHOTO_MAX_PIXELS,
  PHOTO_MIN_HEIGHT,
  PHOTO_MIN_WIDTH,
  checkPhotoFacts,
} from './photo';

const GOOD = { bytes: 30 * 1024, format: 'jpeg', width: 413, height: 531, backgroundLightness: 97 };
const SUGGESTED = '建议使用宽413、高531像素（小2寸）的照片';
const NOT_WHITE = '照片背景不是白色，请使用白色背景的证件照（蓝底、红底或较暗的背景不符合要求）。';
const NOT_JPEG = '照片须为 jpg 格式，请用图片工具另存为 jpg 后上传（只改文件扩展名无效）。';

describe('photo constants', () => {
  it('R-PI-6: 40 KB by default and the proportions of 小2寸 (35 × 45 mm)', () => {
    expect(DEFAULT_PHOTO_MAX_BYTES).toBe(40960);
    expect(PHOTO_ASPECT).toBeCloseTo(0.7778, 4);
    expect(PHOTO_MIN_WIDTH / PHOTO_MIN_HEIGHT).toBeGreaterThan(PHOTO_ASPECT - PHOTO_ASPECT_TOLERANCE);
    expect(PHOTO_MAX_PIXELS).toBe(4_000_000);
  });
});

describe('checkPhotoFacts', () => {
  it.each([
    ['413×531 (小2寸 at 300 dpi)', {}],
    ['358×441', { width: 358, height: 441 }],
    ['390×480', { width: 390, height: 480 }],
    ['3:4 (480×640)', { width: 480, height: 640 }],
    ['the smallest, 260×320', { width: 260, height: 320 }],
    ['exactly 40 KB', { bytes: 40960 }],
    ['no background measured', { backgroundLightness: undefined }],
    ['a background of L* 85', { backgroundLightness: 85 }],
    ['format named jpg', { format: 'jpg' }],
  ])('R-PI-6: %s is accepted', (_title, change) => {
    expect(checkPhotoFacts({ ...GOOD, ...change })).toEqual([]);
  });

  it.each([
    ['41 KB', { bytes: 41 * 1024 }, ['照片文件为41 KB，超过了40 KB的限制，请压缩（降低质量或尺寸）后重新上传。']],
    ['one byte over', { bytes: 40961 }, ['照片文件为40.1 KB，超过了40 KB的限制，请压缩（降低质量或尺寸）后重新上传。']],
    ['a PNG', { format: 'png' }, [NOT_JPEG]],
    ['a GIF', { format: 'gif' }, [NOT_JPEG]],
    [
      'too small (200×257)',
      { width: 200, height: 257 },
      [`照片尺寸过小（200×257像素），宽至少260、高至少320像素，${SUGGESTED}。`],
    ],
    [
      'a pixel flood (10000×12857)',
      { width: 10000, height: 12857 },
      [`照片尺寸过大（10000×12857像素），请缩小后上传，${SUGGESTED}。`],
    ],
    [
      'square (500×500)',
      { width: 500, height: 500 },
      [`照片比例不对（500×500像素，偏宽），请按小2寸（宽35毫米×高45毫米）的比例裁剪，${SUGGESTED}。`],
    ],
    [
      'landscape (640×480)',
      { width: 640, height: 480 },
      [`照片比例不对（640×480像素，偏宽），请按小2寸（宽35毫米×高45毫米）的比例裁剪，${SUGGESTED}。`],
    ],
    [
      '1寸 (295×413)',
      { width: 295, height: 413 },
      [`照片比例不对（295×413像素，偏窄），请按小2寸（宽35毫米×高45毫米）的比例裁剪，${SUGGESTED}。`],
    ],
    ['a blue background (L* 58)', { backgroundLightness: 58 }, [NOT_WHITE]],
    ['a grey background (L* 84)', { backgroundLightness: 84 }, [NOT_WHITE]],
    ['no dimensions', { width: 0, height: 0 }, ['无法读取照片的尺寸，请重新保存为 jpg 格式后上传。']],
    ['NaN dimensions', { width: Number.NaN, height: 531 }, ['无法读取照片的尺寸，请重新保存为 jpg 格式后上传。']],
  ])('R-PI-6: %s is refused', (_title, change, problems) => {
    expect(checkPhotoFacts({ ...GOOD, ...change })).toEqual(problems);
  });

  it('R-PI-6: every problem is listed at once', () => {
    expect(
      checkPhotoFacts({ bytes: 100 * 1024, format: 'png', width: 640, height: 480, backgroundLightness: 40 }),
    ).toEqual([
      '照片文件为100 KB，超过了40 KB的限制，请压缩（降低质量或尺寸）后重新上传。',
      NOT_JPEG,
      `照片比例不对（640×480像素，偏宽），请按小2寸（宽35毫米×高45毫米）的比例裁剪，${SUGGESTED}。`,
      NOT_WHITE,
    ]);
  });

  it.each([
    [30 * 1024, 30 * 1024, []],
    [30 * 1024 + 1, 30 * 1024, ['照片文件为30.1 KB，超过了30 KB的限制，请压缩（降低质量或尺寸）后重新上传。']],
    [40 * 1024, 30 * 1024, ['照片文件为40 KB，超过了30 KB的限制，请压缩（降低质量或尺寸）后重新上传。']],
  ])('R-PI-6: the server’s limit is configurable: %i bytes against %i → %j', (bytes, maxBytes, problems) => {
    expect(checkPhotoFacts({ ...GOOD, bytes }, maxBytes)).toEqual(problems);
  });
});
