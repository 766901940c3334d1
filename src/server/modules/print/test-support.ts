import zlib from 'node:zlib';
import sharp from 'sharp';
import type { PrintableApplication } from './printable';

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

/** A realistic application: a 临床执业医师 candidate with a ticked residency training and an assistant certificate. */
export function sampleApplication(photoJpeg: Buffer | null): PrintableApplication {
  return {
    registrationNumber: '2026110110100012345',
    serialNumber: null,
    exam: { code: '2026110', name: '临床执业医师', level: '执业医师', category: '临床', categoryCode: '110' },
    area: { code: '11', name: '北京市' },
    site: { code: '1101', name: '东城区考点' },
    candidate: {
      name: '欧阳晓蕾',
      gender: 'F',
      birthDate: '1996-03-07',
      idType: 'RESIDENT_ID',
      idNumber: '11010119960307124X',
      nationality: 'CN',
      ethnicity: '01',
      mainlandPermitNumber: null,
    },
    contact: {
      mobile: '13812345678',
      email: 'ouyang.xiaolei@example.com',
      homePhone: '010-65123456',
      workPhone: '010-65234567-8021',
      address: '北京市东城区东单北大街帅府园一号',
      postalCode: '100730',
    },
    work: {
      employmentStatus: '试用期',
      unitName: '中国医学科学院北京协和医院',
      unitRegion: '北京市东城区',
      unitAffiliation: '地方',
      militaryIdentity: null,
      title: '医师',
      titleObtainedOn: '2024-08',
      position: '住院医师',
    },
    education: {
      origin: '大陆',
      category: '高等医学教育',
      schoolName: '北京大学医学部',
      studyForm: '普通全日制',
      level: '本科',
      degree: '学士',
      lengthYears: 5,
      majorName: '临床医学',
      graduatedOn: '2019-07',
      diplomaNumber: '100011201905001234',
    },
    trainings: [{ type: '住院医师规范化培训', startedOn: '2019-09', result: '合格', unitName: '北京协和医院' }],
    certificates: [
      {
        type: '执业助理医师',
        issuedOn: '2021-12',
        certificateNumber: '202111110110000000000001234',
        registeredOn: '2022-03',
        registrationNumber: '110110000123456',
      },
    ],
    attempts: 2,
    additionalSubject: null,
    skillsExamExempt: false,
    fees: [
      { name: '技能考试费', amountFen: 5000 },
      { name: '笔试考试费', amountFen: 6000 },
    ],
    submittedAt: new Date('2026-01-16T10:02:30Z'),
    materials: [
      '《医师资格考试网上报名成功通知单》',
      '本人有效身份证明原件及复印件',
      '毕业证书原件及复印件',
      '试用机构出具的《医师资格考试试用期考核证明》',
      '执业助理医师《医师资格证书》《医师执业证书》原件及复印件，《执业助理医师报考执业医师执业期考核证明》',
      '工作单位《医疗机构执业许可证》副本复印件',
    ],
    photoJpeg,
  };
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
