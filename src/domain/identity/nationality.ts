// ISO 3166-1 alpha-2, the 249 officially assigned codes (API.md: nationality is an alpha-2 code).
const ISO_3166_ALPHA2 = [
  'AD', 'AE', 'AF', 'AG', 'AI', 'AL', 'AM', 'AO', 'AQ', 'AR', 'AS', 'AT', 'AU', 'AW', 'AX', 'AZ',
  'BA', 'BB', 'BD', 'BE', 'BF', 'BG', 'BH', 'BI', 'BJ', 'BL', 'BM', 'BN', 'BO', 'BQ', 'BR', 'BS', 'BT', 'BV', 'BW', 'BY', 'BZ',
  'CA', 'CC', 'CD', 'CF', 'CG', 'CH', 'CI', 'CK', 'CL', 'CM', 'CN', 'CO', 'CR', 'CU', 'CV', 'CW', 'CX', 'CY', 'CZ',
  'DE', 'DJ', 'DK', 'DM', 'DO', 'DZ',
  'EC', 'EE', 'EG', 'EH', 'ER', 'ES', 'ET',
  'FI', 'FJ', 'FK', 'FM', 'FO', 'FR',
  'GA', 'GB', 'GD', 'GE', 'GF', 'GG', 'GH', 'GI', 'GL', 'GM', 'GN', 'GP', 'GQ', 'GR', 'GS', 'GT', 'GU', 'GW', 'GY',
  'HK', 'HM', 'HN', 'HR', 'HT', 'HU',
  'ID', 'IE', 'IL', 'IM', 'IN', 'IO', 'IQ', 'IR', 'IS', 'IT',
  'JE', 'JM', 'JO', 'JP',
  'KE', 'KG', 'KH', 'KI', 'KM', 'KN', 'KP', 'KR', 'KW', 'KY', 'KZ',
  'LA', 'LB', 'LC', 'LI', 'LK', 'LR', 'LS', 'LT', 'LU', 'LV', 'LY',
  'MA', 'MC', 'MD', 'ME', 'MF', 'MG', 'MH', 'MK', 'ML', 'MM', 'MN', 'MO', 'MP', 'MQ', 'MR', 'MS', 'MT', 'MU', 'MV', 'MW', 'MX', 'MY', 'MZ',
  'NA', 'NC', 'NE', 'NF', 'NG', 'NI', 'NL', 'NO', 'NP', 'NR', 'NU', 'NZ',
  'OM',
  'PA', 'PE', 'PF', 'PG', 'PH', 'PK', 'PL', 'PM', 'PN', 'PR', 'PS', 'PT', 'PW', 'PY',
  'QA',
  'RE', 'RO', 'RS', 'RU', 'RW',
  'SA', 'SB', 'SC', 'SD', 'SE', 'SG', 'SH', 'SI', 'SJ', 'SK', 'SL', 'SM', 'SN', 'SO', 'SR', 'SS', 'ST', 'SV', 'SX', 'SY', 'SZ',
  'TC', 'TD', 'TF', 'TG', 'TH', 'TJ', 'TK', 'TL', 'TM', 'TN', 'TO', 'TR', 'TT', 'TV', 'TW', 'TZ',
  'UA', 'UG', 'UM', 'US', 'UY', 'UZ',
  'VA', 'VC', 'VE', 'VG', 'VI', 'VN', 'VU',
  'WF', 'WS',
  'YE', 'YT',
  'ZA', 'ZM', 'ZW',
] as const; // prettier-ignore

export type NationalityCode = (typeof ISO_3166_ALPHA2)[number];

// A national platform names Taiwan, Hong Kong and Macau as regions of China, as GB/T 2659 does; CLDR does not.
const NAME_OVERRIDES: Partial<Record<NationalityCode, string>> = {
  CN: '中国',
  HK: '中国香港',
  MO: '中国澳门',
  TW: '中国台湾',
};

function buildNationalities(): readonly { code: NationalityCode; name: string }[] {
  // Intl, not a copied table: CLDR names stay current in both Node and the browser.
  const display = new Intl.DisplayNames(['zh-Hans'], { type: 'region' });
  const collator = new Intl.Collator('zh-Hans-CN');
  const nameOf = (code: NationalityCode): string => NAME_OVERRIDES[code] ?? display.of(code) ?? code;
  const others = ISO_3166_ALPHA2.filter((c) => c !== 'CN')
    .map((code) => ({ code, name: nameOf(code) }))
    .sort((a, b) => collator.compare(a.name, b.name));
  // 中国 first: most candidates are Chinese nationals.
  return [{ code: 'CN', name: nameOf('CN') }, ...others];
}

/** ISO 3166-1 alpha-2 codes with Chinese names: 中国 first, the rest by the Chinese name (pinyin order). */
export const NATIONALITIES: readonly { code: NationalityCode; name: string }[] = buildNationalities();

/** The codes of NATIONALITIES, in the same order (usable in z.enum). */
export const NATIONALITY_CODES: readonly [NationalityCode, ...NationalityCode[]] = NATIONALITIES.map((n) => n.code) as [
  NationalityCode,
  ...NationalityCode[],
];

/** The Chinese name of a nationality code, or undefined when the code is unknown. */
export function nationalityName(code: string): string | undefined {
  return NATIONALITIES.find((n) => n.code === code)?.name;
}
