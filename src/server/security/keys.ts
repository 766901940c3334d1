import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export interface Keys {
  idEncryptionKey: Buffer;
  idHashKey: Buffer;
}

function decodeKey(value: string, name: string): Buffer {
  const key = Buffer.from(value, 'base64');
  if (key.length !== 32) throw new Error(`${name} must be 32 bytes, base64-encoded`);
  return key;
}

/**
 * Keys from the environment; for the embedded default, generated once into `dataDir/secrets.json`
 * (mode 0600) so a laptop demo needs no setup and the repository holds no secret.
 */
export function loadKeys(config: {
  dataDir: string;
  idEncryptionKey?: string | undefined;
  idHashKey?: string | undefined;
}): Keys {
  if (config.idEncryptionKey && config.idHashKey) {
    return {
      idEncryptionKey: decodeKey(config.idEncryptionKey, 'ID_ENCRYPTION_KEY'),
      idHashKey: decodeKey(config.idHashKey, 'ID_HASH_KEY'),
    };
  }
  const file = path.join(config.dataDir, 'secrets.json');
  if (!fs.existsSync(file)) {
    fs.mkdirSync(config.dataDir, { recursive: true });
    const generated = {
      idEncryptionKey: crypto.randomBytes(32).toString('base64'),
      idHashKey: crypto.randomBytes(32).toString('base64'),
    };
    fs.writeFileSync(file, JSON.stringify(generated, null, 2), { mode: 0o600, flag: 'wx' });
  }
  const stored = JSON.parse(fs.readFileSync(file, 'utf8')) as { idEncryptionKey: string; idHashKey: string };
  return {
    idEncryptionKey: decodeKey(stored.idEncryptionKey, 'secrets.json idEncryptionKey'),
    idHashKey: decodeKey(stored.idHashKey, 'secrets.json idHashKey'),
  };
}
