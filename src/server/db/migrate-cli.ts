import { loadConfig } from '../config';
import { openDatabase } from './connect';
import { migrate } from './migrate';

const config = loadConfig();
const handle = await openDatabase(config);
const applied = await migrate(handle.db);
console.log(applied.length ? `已应用迁移：${applied.join(', ')}` : '数据库已是最新。');
await handle.close();
