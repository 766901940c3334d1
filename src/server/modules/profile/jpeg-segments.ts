// A JPEG file is a list of marker segments (ITU T.81 B.1): FF, a marker byte, and for most a two-byte length.
const SOI = 0xd8;
const EOI = 0xd9;
const SOS = 0xda;
const COM = 0xfe;
const APP0 = 0xe0;
const APP2 = 0xe2;
const APP14 = 0xee;
const APP15 = 0xef;
const ICC_PROFILE = Buffer.from('ICC_PROFILE\0', 'latin1');
const isRestart = (marker: number) => marker >= 0xd0 && marker <= 0xd7;

/**
 * Comments and application segments (EXIF, XMP, thumbnails, makers' notes), except the two that say how to show
 * the pixels and nothing of the person: the ICC colour profile (APP2) and Adobe's colour transform (APP14).
 */
function isMetadata(marker: number, payload: Buffer): boolean {
  if (marker === COM) return true;
  if (marker < APP0 || marker > APP15 || marker === APP14) return false;
  return !(marker === APP2 && payload.subarray(0, ICC_PROFILE.length).equals(ICC_PROFILE));
}

/** The file is not laid out as a JPEG. */
export class NotJpegLayout extends Error {}

/** Where the entropy-coded data that starts at `from` ends: at the first marker other than a byte stuffing or RSTn. */
function scanEnd(jpeg: Buffer, from: number): number {
  for (let i = jpeg.indexOf(0xff, from); i !== -1 && i < jpeg.length - 1; i = jpeg.indexOf(0xff, i + 1)) {
    const next = jpeg[i + 1]!;
    if (next !== 0x00 && next !== 0xff && !isRestart(next)) return i;
  }
  throw new NotJpegLayout('scan without an end');
}

/**
 * The same JPEG without its metadata: no EXIF (camera, GPS, time), XMP, comment, thumbnail, nor anything after
 * the end of the image. The coded pixels are copied byte for byte, so the picture is unchanged,
 * at no cost in quality or time (re-encoding would cost both).
 */
export function withoutMetadata(jpeg: Buffer): Buffer {
  if (jpeg[0] !== 0xff || jpeg[1] !== SOI) throw new NotJpegLayout('no start of image');
  const kept: Buffer[] = [jpeg.subarray(0, 2)];
  let at = 2;
  for (;;) {
    while (jpeg[at] === 0xff && jpeg[at + 1] === 0xff) at++; // fill bytes before a marker
    if (at + 1 >= jpeg.length || jpeg[at] !== 0xff) throw new NotJpegLayout('marker expected');
    const marker = jpeg[at + 1]!;
    if (marker === EOI) {
      kept.push(jpeg.subarray(at, at + 2));
      return Buffer.concat(kept);
    }
    if (at + 4 > jpeg.length) throw new NotJpegLayout('segment cut short');
    const end = at + 2 + jpeg.readUInt16BE(at + 2);
    if (end > jpeg.length) throw new NotJpegLayout('segment cut short');
    const segmentEnd = marker === SOS ? scanEnd(jpeg, end) : end;
    if (!isMetadata(marker, jpeg.subarray(at + 4, end))) kept.push(jpeg.subarray(at, segmentEnd));
    at = segmentEnd;
  }
}
