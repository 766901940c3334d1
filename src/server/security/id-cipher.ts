import crypto from 'node:crypto';
import type { Keys } from './keys';

const VERSION = 'v1';

/** ID numbers at rest: AES-256-GCM for the value, HMAC-SHA256 for uniqueness and look-up. */
export interface IdCipher {
  encrypt(idNumber: string): string;
  decrypt(stored: string): string;
  /** Keyed hash of type + number: equal people give equal hashes, the table alone reveals nothing. */
  hash(idType: string, idNumber: string): string;
}

export function createIdCipher(keys: Keys): IdCipher {
  return {
    encrypt(idNumber) {
      const iv = crypto.randomBytes(12);
      const cipher = crypto.createCipheriv('aes-256-gcm', keys.idEncryptionKey, iv);
      const body = Buffer.concat([cipher.update(idNumber, 'utf8'), cipher.final()]);
      return `${VERSION}:${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64')}`;
    },
    decrypt(stored) {
      const [version, payload] = stored.split(':');
      if (version !== VERSION || !payload) throw new Error('unknown ID cipher version');
      const raw = Buffer.from(payload, 'base64');
      const decipher = crypto.createDecipheriv('aes-256-gcm', keys.idEncryptionKey, raw.subarray(0, 12));
      decipher.setAuthTag(raw.subarray(12, 28));
      return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
    },
    hash(idType, idNumber) {
      return crypto.createHmac('sha256', keys.idHashKey).update(`${idType}:${idNumber.toUpperCase()}`).digest('hex');
    },
  };
}
