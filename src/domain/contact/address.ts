import { z } from 'zod';
import { WHEN_OBJECT, checkedText, once, text } from '../profile/fields';
import { checkPlainText, textLength } from '../profile/plain-text';
import { ADDRESS_PART_LABELS } from './labels';

/**
 * R-ADDR-1: "长度不超过 30 个汉字" for the whole address, province to house number. Every character counts as one,
 * Chinese or not: the printed forms give the address a fixed box, and a rule a candidate can count is a rule kept.
 */
export const ADDRESS_MAX_LENGTH = 30;

// Levels of the GB/T 2260 cascade that are no place name: 北京市 › 市辖区 › 东城区 is written 北京市东城区.
const PLACEHOLDER_NAMES: ReadonlySet<string> = new Set([
  '市辖区',
  '县',
  '省直辖县级行政区划',
  '自治区直辖县级行政区划',
]);

/** R-ADDR-1: the region part of an address from the cascade's names (北京市, 市辖区, 东城区 → 北京市东城区). */
export function regionTextOf(names: readonly string[]): string {
  // A city without counties repeats its own name as the county (广东省 › 东莞市 › 东莞市): written once.
  const kept = names.filter((name, i) => !PLACEHOLDER_NAMES.has(name) && name !== names[i - 1]);
  return kept.join('');
}

/** R-ADDR-1: the full address as printed and as API.md's `address` text: the region, then the street part. */
export function composeAddress(address: { regionText: string; street: string }): string {
  return address.regionText + address.street;
}

const CHOOSE_REGION = '请选择联系地址所在的省、市、区县。';
// A client that sends API.md's plain string gets told what the object holds.
const NOT_AN_ADDRESS = '联系地址应包含所选的省、市、区县和填写的街道、门牌号，请重新选择和填写。';
const EXAMPLE = '如“东四十条24号”“建设路18号3单元502室”';

const STREET_LABEL = `联系地址的${ADDRESS_PART_LABELS.street}`;

/** R-ADDR-1: null when `street` is a usable street-and-number part, else what to correct (length is judged whole). */
export function checkStreet(street: string): string | null {
  // At most the whole limit here; what the region leaves is judged with the region, in addressSchema.
  return checkPlainText(street, STREET_LABEL, 2, ADDRESS_MAX_LENGTH);
}

/** R-ADDR-1: the message when the street part repeats the chosen region, which would count it twice; else null. */
export function repeatsRegion(street: string, regionText: string): string | null {
  return regionText !== '' && street.startsWith(regionText)
    ? `${STREET_LABEL}不用重复填写省、市、区县（已在上面选择“${regionText}”），请只填写街道和门牌号，${EXAMPLE}。`
    : null;
}

/**
 * R-ADDR-1: `address` of PUT /api/profile/contact. API.md shows a string; it is an object so the province → city →
 * county cascade keeps its code: `regionCode` (6-digit GB/T 2260 county), `regionText` (the cascade's names, e.g.
 * 北京市东城区 — the server overwrites it from the code before parsing, never trusting the client's) and `street`
 * (the typed part). composeAddress gives the text to store and print; the 30-character limit is on that whole text.
 */
export const addressSchema = z
  .object(
    {
      regionCode: text(ADDRESS_PART_LABELS.regionCode, CHOOSE_REGION).regex(/^\d{6}$/, once(CHOOSE_REGION)),
      regionText: text(ADDRESS_PART_LABELS.regionText, CHOOSE_REGION)
        .trim()
        .min(1, once(CHOOSE_REGION))
        .max(ADDRESS_MAX_LENGTH, once(CHOOSE_REGION)),
      street: checkedText(
        ADDRESS_PART_LABELS.street,
        checkStreet,
        `请填写联系地址的${ADDRESS_PART_LABELS.street}，${EXAMPLE}。`,
      ),
    },
    { error: (issue) => (issue.input == null ? '请填写联系地址。' : NOT_AN_ADDRESS) },
  )
  .superRefine((address, ctx) => {
    const { regionText, street } = address;
    // A street that failed its own check has its message already; the whole is judged once the parts are sound.
    if (typeof regionText !== 'string' || typeof street !== 'string' || checkStreet(street) !== null) return;
    const repeated = repeatsRegion(street, regionText);
    if (repeated) {
      ctx.addIssue({ code: 'custom', path: ['street'], message: repeated });
      return;
    }
    const total = textLength(regionText) + textLength(street);
    if (total > ADDRESS_MAX_LENGTH) {
      const left = Math.max(ADDRESS_MAX_LENGTH - textLength(regionText), 0);
      ctx.addIssue({
        code: 'custom',
        message: `联系地址（所选的“${regionText}”加街道门牌）最多${ADDRESS_MAX_LENGTH}个字，现在共${total}个字，请精简街道门牌部分（最多${left}个字）。`,
      });
    }
  }, WHEN_OBJECT)
  .meta({
    description:
      'R-ADDR-1: {regionCode: 6-digit GB/T 2260 county code, regionText: the region names (set by the server from the code), street}; regionText + street ≤ 30 characters.',
  });

export type AddressInput = z.input<typeof addressSchema>;
export type Address = z.output<typeof addressSchema>;
