import { ETHNICITIES } from '../../domain/identity/ethnicity';
import { GENDER_LABELS, GENDERS } from '../../domain/identity/gender';
import { ID_TYPE_LABELS, ID_TYPES } from '../../domain/identity/id-types';
import { NATIONALITIES } from '../../domain/identity/nationality';

/** Select options built from the domain's code lists: the value is the API code, the label its Chinese name. */
export const ID_TYPE_OPTIONS = ID_TYPES.map((code) => ({ value: code, label: ID_TYPE_LABELS[code] }));
export const GENDER_OPTIONS = GENDERS.map((code) => ({ value: code, label: GENDER_LABELS[code] }));
export const NATIONALITY_OPTIONS = NATIONALITIES.map(({ code, name }) => ({ value: code, label: name }));
export const ETHNICITY_OPTIONS = ETHNICITIES.map(({ code, name }) => ({ value: code, label: name }));
