/** R-IDT-1: the ID documents a candidate may register with (codes of API.md). */
export const ID_TYPES = [
  'RESIDENT_ID',
  'OFFICER_ID',
  'POLICE_ID',
  'CIVIL_CADRE_ID',
  'SOLDIER_ID',
  'CADET_ID',
  'TW_PERMIT',
  'TW_ID',
  'HK_PERMIT',
  'HK_ID',
  'MO_PERMIT',
  'MO_ID',
  'PASSPORT',
  'HMT_RESIDENCE',
] as const;

export type IdType = (typeof ID_TYPES)[number];

/** R-IDT-1: the Chinese name of each ID type, as the guide and the printed forms spell it. */
export const ID_TYPE_LABELS = {
  RESIDENT_ID: '居民身份证',
  OFFICER_ID: '军官证',
  POLICE_ID: '警官证',
  CIVIL_CADRE_ID: '文职干部证',
  SOLDIER_ID: '士兵(官)证',
  CADET_ID: '军队学员证',
  TW_PERMIT: '台湾往来大陆通行证',
  TW_ID: '台湾身份证',
  HK_PERMIT: '香港往来大陆通行证',
  HK_ID: '香港身份证',
  MO_PERMIT: '澳门往来大陆通行证',
  MO_ID: '澳门身份证',
  PASSPORT: '外籍护照',
  HMT_RESIDENCE: '港澳台居民居住证',
} as const satisfies Record<IdType, string>;

// The resident ID and the five military/police documents are only held by mainland residents.
const MAINLAND_ID_TYPES: ReadonlySet<IdType> = new Set<IdType>([
  'RESIDENT_ID',
  'OFFICER_ID',
  'POLICE_ID',
  'CIVIL_CADRE_ID',
  'SOLDIER_ID',
  'CADET_ID',
]);

/** True when `value` is one of the ID_TYPES codes. */
export function isIdType(value: unknown): value is IdType {
  return typeof value === 'string' && (ID_TYPES as readonly string[]).includes(value);
}

/** True for the mainland documents: decides R-NAME-1 vs R-NAME-3 (and R-MOB-1, R-ZIP-1). */
export function isMainlandIdType(t: IdType): boolean {
  // HMT_RESIDENCE is held by Hong Kong, Macau and Taiwan residents living in the mainland, so it is not mainland.
  return MAINLAND_ID_TYPES.has(t);
}

/** True when gender and birth date are read from the ID number instead of typed (R-SEX-1, R-DOB-1). */
export function derivesFromNumber(t: IdType): boolean {
  return t === 'RESIDENT_ID';
}
