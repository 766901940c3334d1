import type { KyselyPlugin } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, testDatabaseKind, type TestApp } from '../../test/harness';
import { DictionaryStore } from './dictionary-store';
import { importEntries } from './import';
import { insertEntry } from './repository';

/** Counts the entry rows the store reads (rows carrying a change number), not its one-row fingerprints. */
function countingEntryRows() {
  const counter = { rows: 0 };
  const plugin: KyselyPlugin = {
    transformQuery: (args) => args.node,
    transformResult: async (args) => {
      counter.rows += args.result.rows.filter((row) => 'change_seq' in row).length;
      return args.result;
    },
  };
  return { counter, plugin };
}

const unit = (line: number, name: string, code: string) => ({ line, fields: { name, regionCode: '110101', code } });
const names = (store: DictionaryStore, q: string) =>
  store.search('work-units', q, { limit: 10 }).map((hit) => hit.name);

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  await importEntries(t.ctx.db, 'work-units', [
    unit(2, '轮询测试医院甲', 'POLL01'),
    unit(3, '轮询测试医院乙', 'POLL02'),
  ]);
});
afterAll(async () => t.close());

describe('R-DICT-1, R-DICT-3: the dictionary poll that brings every app process what was added', () => {
  it('reads no entry again while nothing is committed, and reads the window again after a change', async () => {
    const { counter, plugin } = countingEntryRows();
    const store = new DictionaryStore(t.ctx.db.withPlugin(plugin), t.app.log);
    expect(await store.refresh()).toBeGreaterThanOrEqual(2);
    const firstRead = counter.rows;
    expect(firstRead).toBeGreaterThanOrEqual(2);
    // The window moved up to the last number read: read once more, then never while nothing changes.
    await store.refresh();
    const settled = counter.rows;
    for (let poll = 0; poll < 3; poll++) expect(await store.refresh()).toBe(0);
    expect(counter.rows).toBe(settled);

    await importEntries(t.ctx.db, 'work-units', [unit(2, '轮询测试医院丙', 'POLL03')]);
    expect(await store.refresh()).toBe(1);
    expect(counter.rows).toBeGreaterThan(settled);
    expect(names(store, 'POLL03')).toEqual(['轮询测试医院丙']);
  });

  // A writer committing late needs two connections at once: PostgreSQL only (PGlite runs one transaction at a time).
  it.skipIf(testDatabaseKind !== 'postgres')(
    'applies a change committed after a later-numbered one was already read',
    async () => {
      const store = new DictionaryStore(t.ctx.db, t.app.log);
      await store.refresh();
      let commit: () => void = () => {};
      let drawn: () => void = () => {};
      const numberDrawn = new Promise<void>((resolve) => (drawn = resolve));
      const slowWriter = t.ctx.db.transaction().execute(async (trx) => {
        await insertEntry(trx, {
          kind: 'work-units',
          name: '轮询测试医院迟',
          code: 'POLL-LATE',
          regionCode: '110101',
          category: null,
          note: null,
          initials: 'lxcsyyc',
          fullPinyin: "lun'xun'ce'shi'yi'yuan'chi",
          aliases: [],
        });
        drawn();
        await new Promise<void>((resolve) => (commit = resolve));
      });
      await numberDrawn;
      await importEntries(t.ctx.db, 'work-units', [unit(2, '轮询测试医院早', 'POLL04')]);
      await store.refresh();
      expect(names(store, 'POLL04')).toEqual(['轮询测试医院早']);
      expect(names(store, 'POLL-LATE')).toEqual([]);
      commit();
      await slowWriter;
      expect(await store.refresh()).toBe(1);
      expect(names(store, 'POLL-LATE')).toEqual(['轮询测试医院迟']);
    },
  );
});
