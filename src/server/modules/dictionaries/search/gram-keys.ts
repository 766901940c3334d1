/**
 * Grams are keyed by numbers: building a million entries computes a hundred keys each, so no strings. Small keys
 * index a table directly (initials and first letters over [0-9a-z], single characters of names, readings and
 * reading pairs); the rest (character pairs of names, other first characters, regions) are hashed.
 */
export const Tag = {
  /** A character or two adjacent characters of the name. */
  name: 1,
  /** The first one to three characters of any form (name, initials, full pinyin): candidates for prefixes. */
  first: 2,
  /** One to three adjacent initials. */
  initials: 3,
  /** A region code prefix (2, 4 or 6 digits). */
  region: 6,
} as const;

const ALPHABET = 37; // "none", then 0-9 and a-z
const ASCII_GRAMS = ALPHABET ** 3;
const NAME_CHARS_BASE = 2 * ASCII_GRAMS;
const REGIONS_BASE = NAME_CHARS_BASE + 0x10000;
/** How many region prefixes get a small key. */
export const MAX_REGION_PREFIXES = 0x10000;
/** Readings and reading pairs start here: reading id × 37 + the next reading's first letter (0: the reading alone). */
export const READINGS_BASE = REGIONS_BASE + MAX_REGION_PREFIXES;
const BIG = 2 ** 24;

const ASCII_CODE = new Uint8Array(128);
for (let c = 0; c < 10; c++) ASCII_CODE[48 + c] = 1 + c;
for (let c = 0; c < 26; c++) ASCII_CODE[97 + c] = 11 + c;

/** The code (1–36) of a digit or lower-case letter, 0 for anything else. */
export const asciiCode = (unit: number): number => (unit < 128 ? ASCII_CODE[unit]! : 0);

const asciiRange = (tag: number): number => (tag === Tag.first ? 0 : tag === Tag.initials ? ASCII_GRAMS : -1);

/** The key of up to three code units given as numbers (a missing one is -1). */
export function codesKey(tag: number, a: number, b = -1, c = -1): number {
  const range = asciiRange(tag);
  if (range >= 0) {
    const x = asciiCode(a);
    const y = b < 0 ? 0 : asciiCode(b);
    const z = c < 0 ? 0 : asciiCode(c);
    if (x > 0 && (b < 0 || y > 0) && (c < 0 || z > 0)) return range + (x * ALPHABET + y) * ALPHABET + z;
  }
  if (tag === Tag.name && b < 0) return nameCharKey(a);
  let value = a;
  if (b >= 0) value = value * 0x10000 + b;
  if (c >= 0) value = value * 0x10000 + c;
  return BIG + value * 16 + tag;
}

/** The key of the `length` (1–3) code units of `text` from `start`. */
export function charsKey(tag: number, text: string, start: number, length: number): number {
  return codesKey(
    tag,
    text.charCodeAt(start),
    length > 1 ? text.charCodeAt(start + 1) : -1,
    length > 2 ? text.charCodeAt(start + 2) : -1,
  );
}

/** The key of a reading (by id) followed by a next reading starting with `letter` (a code unit). */
export function pairKey(reading: number, letter: number): number {
  return READINGS_BASE + reading * ALPHABET + asciiCode(letter);
}

/** The key of a reading (by id) anywhere. */
export function readingKey(reading: number): number {
  return READINGS_BASE + reading * ALPHABET;
}

/** The key of a region code prefix, by its number in the region table. */
export function regionKey(prefix: number): number {
  return prefix < MAX_REGION_PREFIXES ? REGIONS_BASE + prefix : BIG + prefix * 16 + Tag.region;
}

/** The key of a name character (a code unit). */
export function nameCharKey(unit: number): number {
  return NAME_CHARS_BASE + unit;
}

/** The key of two adjacent name characters (code units). */
export function namePairKey(first: number, second: number): number {
  return BIG + (first * 0x10000 + second) * 16 + Tag.name;
}
