/**
 * R-EX-11: the largest file of the centre's list of skills-exam exemptions: ~200,000 ID numbers, far past a year's
 * national-base passers and well below a flood.
 */
export const EXEMPTION_FILE_MAX_BYTES = 4 * 1024 * 1024;

/** A sample list as an operator's spreadsheet would save it (the header may also be idNumber,idType, or absent). */
export const EXEMPTION_FILE_SAMPLE = '证件号码,证件类型\n110101199001011237,居民身份证\n';
