import { z } from 'zod';
import { emailSchema } from '../account/schemas';
import { NOT_AN_OBJECT, formObject } from '../profile/fields';
import { addressSchema } from './address';
import { CONTACT_FIELD_LABELS } from './labels';
import { makeMobileSchema } from './mobile';
import { phoneSchema } from './phone';
import { makePostalCodeSchema } from './postal-code';

/**
 * R-TEL-1, R-MOB-1, R-MAIL-1, R-ADDR-1, R-ZIP-1: PUT /api/profile/contact. `mainland` follows the account's ID type
 * (isMainlandIdType); the server may build both variants once at start-up.
 */
export function makeContactSchema(mainland: boolean) {
  return formObject(
    z.object(
      {
        homePhone: phoneSchema(CONTACT_FIELD_LABELS.homePhone),
        workPhone: phoneSchema(CONTACT_FIELD_LABELS.workPhone),
        mobile: makeMobileSchema(mainland),
        // R-MAIL-1 is R-ACC-5: one email rule for registration, security settings and contact.
        email: emailSchema,
        address: addressSchema,
        postalCode: makePostalCodeSchema(mainland),
      },
      { error: NOT_AN_OBJECT },
    ),
  );
}

export type ContactInput = z.input<ReturnType<typeof makeContactSchema>>;
export type Contact = z.output<ReturnType<typeof makeContactSchema>>;
