import { loadConfig } from './config';
import { buildApp } from './app';
import { warmUpPrinting } from './modules/print/warm-up';
import { formatDemoAccounts, seedDemo } from './seed/demo';
import { roomierOldGeneration } from './garbage-collection';

roomierOldGeneration();
const started = Date.now();
const config = loadConfig();
const { app, ctx } = await buildApp(config);

// Demo data only on the embedded database (a laptop demo); PostgreSQL gets it from `npm run seed:demo`.
if (!config.databaseUrl && config.seedDemo) {
  const accounts = await seedDemo(ctx);
  if (accounts) console.log(`\n${formatDemoAccounts(accounts)}\n`);
}

let closing = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down');
    // Stop accepting, let requests in flight finish, close the database, then leave.
    const timer = setTimeout(() => process.exit(1), 10_000);
    timer.unref();
    app.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
}

await app.listen({ port: config.port, host: config.host });
// In the background: the first render of a process is slow (R-EX-10), so a sample pays it instead of a candidate.
void warmUpPrinting(app.log);
const where = config.databaseUrl ? 'PostgreSQL' : `嵌入式数据库 ${config.dataDir}`;
console.log(
  `国家医学考试服务平台已启动：http://${config.host}:${config.port}  （${where}，用时 ${Date.now() - started} ms）`,
);
