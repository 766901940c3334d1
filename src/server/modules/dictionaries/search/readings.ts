import { pinyin } from 'pinyin-pro';

/** One character of a name as the search sees it: its readings, primary first; none for punctuation. */
export type CharReadings = readonly string[];

// Administrative suffixes end a word: converting 石家庄市长安区 as 石家庄市|长安区 keeps 长安 cháng'ān instead of the
// 市长 (mayor) that word segmentation would otherwise pick across the boundary.
const CHUNK_END = /(?<=[省市区县州旗盟])/u;
const HAN = /\p{Script=Han}/u;
const CACHE_LIMIT = 100_000;

// Names repeat their parts (provinces, cities, kinds of institution): caching per chunk and per character makes a
// million names cost seconds instead of minutes of pinyin-pro.
const chunkCache = new Map<string, CharReadings[]>();
const alternativesCache = new Map<string, string[]>();

/** Toneless ASCII pinyin: ü is typed v, and stray marks (ê) lose their accents. */
function plain(reading: string): string {
  return reading
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

function alternativesOf(char: string): string[] {
  let readings = alternativesCache.get(char);
  if (!readings) {
    readings = pinyin(char, { toneType: 'none', type: 'array', multiple: true, v: true })
      .map(plain)
      .filter((r) => /^[a-z]+$/.test(r));
    alternativesCache.set(char, readings);
  }
  return readings;
}

/** A character that is not Chinese stands for itself when it is a digit or a Latin letter (also full-width). */
function selfReading(char: string): CharReadings {
  const ascii = char.normalize('NFKC').toLowerCase();
  return /^[0-9a-z]$/.test(ascii) ? [ascii] : [];
}

function convertChunk(chunk: string): CharReadings[] {
  const chars = Array.from(chunk);
  const primary = pinyin(chunk, { toneType: 'none', type: 'array', v: true });
  return chars.map((char, i) => {
    const reading = plain(primary.length === chars.length ? (primary[i] ?? char) : char);
    if (!HAN.test(char) || !/^[a-z]+$/.test(reading)) return selfReading(char);
    return [reading, ...alternativesOf(char).filter((r) => r !== reading)];
  });
}

/**
 * The readings of every character of `name` (code points): for Chinese characters the contextual (word-aware)
 * reading of pinyin-pro first, then the character's other readings; digits and Latin letters themselves.
 */
export function readingsOf(name: string): CharReadings[] {
  const out: CharReadings[] = [];
  for (const chunk of name.split(CHUNK_END)) {
    let converted = chunkCache.get(chunk);
    if (!converted) {
      if (chunkCache.size >= CACHE_LIMIT) chunkCache.clear();
      converted = convertChunk(chunk);
      chunkCache.set(chunk, converted);
    }
    out.push(...converted);
  }
  return out;
}
