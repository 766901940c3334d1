import type { Redis } from 'ioredis';
import type { Config } from './config';
import type { Db } from './db/connect';
import type { Hasher } from './security/passwords';
import type { IdCipher } from './security/id-cipher';
import type { Throttles } from './security/throttle';
import type { DictionaryStore } from './modules/dictionaries/dictionary-store';
import type { Regions } from './modules/regions/regions';
import type { SharedCache } from './cache/shared-cache';
import type { LiveSession } from './modules/sessions/session';
import type { ProfileRecord } from './modules/profile/repository';
import type { ApplicationRow, SavedStep, StepSave } from './modules/applications/repository';

/** What every use case may depend on; built once in buildApp, replaced in tests by the same kind of parts. */
export interface AppContext {
  config: Config;
  db: Db;
  hasher: Hasher;
  idCipher: IdCipher;
  throttles: Throttles;
  redis: Redis | undefined;
  dictionaries: DictionaryStore;
  regions: Regions;
  sessions: SharedCache<LiveSession>;
  /** What GET /api/profile reads, per account; forget an account's entry after every committed change of it. */
  profiles: SharedCache<ProfileRecord>;
  /** Drafts as this process last showed them; a step is saved only if its draft is still so (no pub/sub needed). */
  drafts: SharedCache<ApplicationRow>;
  /** Sites a submit found full in the last seconds: the next submits to them look at the seats before any write. */
  fullSites: SharedCache<true>;
  /** Saves a wizard step; the saves that arrive together go out as one statement (see `batched`). */
  saveStep: (save: StepSave) => Promise<SavedStep | undefined>;
}
