import { loadConfig } from '../config';
import { buildApp } from '../app';
import { formatDemoAccounts, seedDemo } from './demo';

const { app, ctx } = await buildApp(loadConfig({ ...process.env, LOG_LEVEL: 'warn' }));
const accounts = await seedDemo(ctx);
console.log(accounts ? formatDemoAccounts(accounts) : '数据库中已有账户，未写入演示数据。');
await app.close();
