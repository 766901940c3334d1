import zlib from 'node:zlib';
import sharp from 'sharp';

/**
 * A 小2寸 photo (413×531) of about `targetBytes`: noise over a light background, compressed at the highest JPEG
 * quality that stays under the target, so the PDF carries a photo as heavy as real uploads (R-PI-6: under 40 KB).
 */
export async function samplePhoto(targetBytes = 30 * 1024): Promise<Buffer> {
  const base = sharp({
    create: {
      width: 413,
      height: 531,
      channels: 3,
      background: '#f4f4f4',
      noise: { type: 'gaussian', mean: 200, sigma: 24 },
    },
  });
  let best: Buffer | undefined;
  // Size grows with quality: a binary search finds the highest quality under the target in seven encodings.
  let [low, high] = [1, 100];
  while (low <= high) {
    const quality = Math.floor((low + high) / 2);
    const jpeg = await base.clone().jpeg({ quality }).toBuffer();
    if (jpeg.length <= targetBytes) {
      best = jpeg;
      low = quality + 1;
    } else {
      high = quality - 1;
    }
  }
  if (!best) throw new Error(`no JPEG quality gives a photo under ${targetBytes} bytes`);
  return best;
}

interface PdfObject {
  dict: string;
  stream: Buffer | undefined;
}

function objects(pdf: Buffer): Map<number, PdfObject> {
  const text = pdf.toString('latin1');
  const found = new Map<number, PdfObject>();
  for (const m of text.matchAll(/(\d+) 0 obj\s*([\s\S]*?)endobj/g)) {
    const body = m[2]!;
    const start = body.indexOf('stream\n');
    const dict = start < 0 ? body : body.slice(0, start);
    let stream: Buffer | undefined;
    if (start >= 0) {
      const raw = Buffer.from(body.slice(start + 'stream\n'.length, body.lastIndexOf('\nendstream')), 'latin1');
      stream = dict.includes('/FlateDecode') ? zlib.inflateSync(raw) : raw;
    }
    found.set(Number(m[1]), { dict, stream });
  }
  return found;
}

/** Glyph id → text, from a ToUnicode CMap as pdfkit writes it: bfrange lines, each with an array of UTF-16BE strings. */
function toUnicode(cmap: string): Map<number, string> {
  const map = new Map<number, string>();
  const utf16 = (hex: string) => Buffer.from(hex.replace(/\s/g, ''), 'hex').swap16().toString('utf16le');
  for (const m of cmap.matchAll(/<([0-9a-f]+)>\s*<[0-9a-f]+>\s*\[([^\]]*)\]/gi)) {
    const first = parseInt(m[1]!, 16);
    [...m[2]!.matchAll(/<([0-9a-f\s]*)>/gi)].forEach((s, i) => map.set(first + i, utf16(s[1]!)));
  }
  return map;
}

/**
 * The text a PDF reader would extract, page by page: each font's ToUnicode CMap applied to the glyph ids of the
 * content streams. Enough for pdfkit's output (Type0 fonts, hex strings in TJ/Tj), not a general PDF parser.
 */
export function extractText(pdf: Buffer): string[] {
  const objs = objects(pdf);
  const ref = (dict: string, key: string) => Number(new RegExp(`/${key} (\\d+) 0 R`).exec(dict)?.[1]);
  const pages = [...objs.values()].filter((o) => /\/Type \/Page\b(?!s)/.test(o.dict));
  return pages.map((page) => {
    const resources = objs.get(ref(page.dict, 'Resources'))?.dict ?? page.dict;
    const fonts = new Map<string, Map<number, string>>();
    const fontDict = /\/Font\s*<<([\s\S]*?)>>/.exec(resources)?.[1] ?? '';
    for (const [, name, id] of fontDict.matchAll(/\/(\S+) (\d+) 0 R/g)) {
      const cmap = objs.get(ref(objs.get(Number(id))?.dict ?? '', 'ToUnicode'))?.stream;
      if (cmap) fonts.set(name!, toUnicode(cmap.toString('latin1')));
    }
    const content = objs.get(ref(page.dict, 'Contents'))?.stream?.toString('latin1') ?? '';
    let font: Map<number, string> | undefined;
    let out = '';
    for (const op of content.matchAll(/\/(\S+) [\d.]+ Tf|\[([^\]]*)\]\s*TJ|<([0-9a-f]*)>\s*Tj/gi)) {
      if (op[1] !== undefined) {
        font = fonts.get(op[1]);
        continue;
      }
      const hex = [...(op[2] ?? `<${op[3]}>`).matchAll(/<([0-9a-f]*)>/gi)].map((s) => s[1]).join('');
      for (let i = 0; i + 4 <= hex.length; i += 4) out += font?.get(parseInt(hex.slice(i, i + 4), 16)) ?? '\uFFFD';
      out += '\n';
    }
    return out;
  });
}
