import fs from 'node:fs';
import path from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { Redis } from 'ioredis';
import {
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  serializerCompiler,
  validatorCompiler,
} from 'fastify-type-provider-zod';
import type { Config } from './config';
import type { AppContext } from './context';
import { openDatabase, type DatabaseHandle } from './db/connect';
import { migrate } from './db/migrate';
import { registerCsrfGuard } from './plugins/csrf';
import { registerErrorHandler } from './plugins/errors';
import { registerSecurityHeaders } from './plugins/security-headers';
import { createIdCipher } from './security/id-cipher';
import { loadKeys } from './security/keys';
import { createHasher } from './security/passwords';
import { createThrottles } from './security/throttle';
import { accountRoutes } from './modules/accounts/routes';
import { healthRoutes } from './modules/health/routes';
import { DictionaryStore } from './modules/dictionaries/dictionary-store';
import { dictionaryRoutes } from './modules/dictionaries/routes';
import { loadRegions } from './modules/regions/regions';
import { regionRoutes } from './modules/regions/routes';
import { profileRoutes } from './modules/profile/routes';
import { SharedCache } from './cache/shared-cache';
import { batched } from './db/batched';
import { saveChoices, type StepSave } from './modules/applications/repository';
import { examRoutes } from './modules/exams/routes';
import { applicationRoutes } from './modules/applications/routes';

export const BODY_LIMIT_BYTES = 64 * 1024;
// About 200 bytes an entry: 100,000 recently active sessions in some 20 MB.
const SESSION_CACHE_ENTRIES = 100_000;
const PROFILE_CACHE_ENTRIES = 20_000;
const FULL_SITE_MEMORY_MS = 2000;
const FULL_SITE_ENTRIES = 10_000;

export interface BuiltApp {
  app: FastifyInstance;
  ctx: AppContext;
}

/** Builds the whole platform: tests build the same app and talk to it through app.inject. */
export async function buildApp(config: Config, options: { database?: DatabaseHandle } = {}): Promise<BuiltApp> {
  const database = options.database ?? (await openDatabase(config));
  await migrate(database.db);
  const redis = config.redisUrl ? new Redis(config.redisUrl, { maxRetriesPerRequest: 2 }) : undefined;
  const app = Fastify({
    bodyLimit: BODY_LIMIT_BYTES,
    trustProxy: config.trustProxy,
    logger: {
      level: config.logLevel,
      // Request bodies are never logged; cookies and credentials neither.
      redact: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]'],
    },
  });
  // JSON only: anything else is a 415, text/plain included.
  app.removeContentTypeParser('text/plain');
  app.setValidatorCompiler(validatorCompiler);
  /** A cache of this process; `shared`: a forget reaches the other processes through Redis when configured. */
  const cache = <T>(name: string, ttlMs: number, maxEntries: number, { shared }: { shared: boolean }) =>
    new SharedCache<T>({
      channel: `nmec:${name}:forget`,
      ttlMs,
      maxEntries,
      redis: shared ? redis : undefined,
      log: app.log,
    });
  const ctx: AppContext = {
    config,
    db: database.db,
    hasher: createHasher(config.hashConcurrency),
    idCipher: createIdCipher(loadKeys(config)),
    throttles: createThrottles(config.limits, redis),
    redis,
    dictionaries: new DictionaryStore(database.db, app.log),
    regions: loadRegions(),
    sessions: cache('sessions', config.sessionCacheMs, SESSION_CACHE_ENTRIES, { shared: true }),
    profiles: cache('profiles', config.profileCacheMs, PROFILE_CACHE_ENTRIES, { shared: true }),
    // Only this process's own view: a step save checks it against the draft, a full site against the seats.
    drafts: cache('drafts', config.profileCacheMs, PROFILE_CACHE_ENTRIES, { shared: false }),
    fullSites: cache('full-sites', FULL_SITE_MEMORY_MS, FULL_SITE_ENTRIES, { shared: false }),
    saveStep: batched(
      (save: StepSave) => save.id,
      (saves) => saveChoices(database.db, saves),
    ),
  };
  await Promise.all([ctx.sessions.start(), ctx.profiles.start()]);
  await ctx.dictionaries.refresh();
  ctx.dictionaries.start(config.dictionaryPollMs);
  app.setSerializerCompiler(serializerCompiler);

  await app.register(swagger, {
    openapi: {
      info: { title: '国家医学考试服务平台 · 网上报名 API', version: '1' },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'sid' } } },
    },
    transform: jsonSchemaTransform,
    // The schemas named with .meta({ id }) (Application, Exam, Error, …) go into components.schemas, where the
    // routes' $refs point: without this the document referred to schemas it did not contain.
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  await app.register(cookie);
  registerSecurityHeaders(app, { hsts: config.secureCookies });
  registerCsrfGuard(app, config.allowedOrigins);

  const indexFile = path.join(config.webRoot, 'index.html');
  const hasWeb = fs.existsSync(indexFile);
  if (hasWeb) {
    await app.register(fastifyStatic, { root: config.webRoot, wildcard: false, index: false });
    app.get('/', { schema: { hide: true } }, (_request, reply) => reply.sendFile('index.html'));
  }
  registerErrorHandler(app, hasWeb ? (reply) => reply.sendFile('index.html') : undefined);

  healthRoutes(app, ctx);
  accountRoutes(app, ctx);
  dictionaryRoutes(app, ctx);
  regionRoutes(app, ctx);
  profileRoutes(app, ctx);
  examRoutes(app, ctx);
  applicationRoutes(app, ctx);

  app.addHook('onClose', async () => {
    await ctx.dictionaries.stop();
    ctx.sessions.stop();
    ctx.profiles.stop();
    redis?.disconnect();
    await database.close();
  });
  return { app, ctx };
}
