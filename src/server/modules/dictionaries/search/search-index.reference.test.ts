import { beforeAll, describe, expect, it } from 'vitest';
import { searchKeysOf, SYLLABLE_SEPARATOR } from './keys';
import { MatchClass } from './match-class';
import { formClass, referenceSearch } from './reference-search';
import { SearchIndex, type IndexedEntry } from './search-index';
import { seededRandom } from './seeded-random';
import { normalizeText } from './normalize';

const random = seededRandom(20240611);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const CHARS = Array.from(
  '长重行乐厦大中区石家单朝藏解会都和北京医院学人民市县第一中心卫生服务站科沙庆银山门春蚌埠六安女绿色' +
    '西安南东新华协和湘雅附属妇幼保健口腔',
);
const OTHER = Array.from('0123456789ABCxyz（）()·-ＣＴ ');
const REGIONS = ['110101', '110102', '120101', '430102', '431202', null];

function randomName(): string {
  const length = 1 + Math.floor(random() * 10);
  return Array.from({ length }, () => (random() < 0.85 ? pick(CHARS) : pick(OTHER))).join('');
}

function randomEntry(id: number): IndexedEntry {
  const name = randomName();
  const aliases = random() < 0.15 ? [randomName()].map((n) => ({ name: n, keys: searchKeysOf(n) })) : [];
  const code = random() < 0.3 ? `C${Math.floor(random() * 500)}X` : null;
  return { id, name, code, regionCode: pick(REGIONS), keys: searchKeysOf(name), aliases };
}

/** Queries drawn from the data (every form) plus noise, so that most of them match something. */
function randomQuery(entries: readonly IndexedEntry[]): string {
  const entry = pick(entries);
  const { name, keys } = random() < 0.2 && entry.aliases[0] ? entry.aliases[0] : entry;
  const cut = (text: string) => {
    const start = Math.floor(random() * text.length);
    return text.slice(start, start + 1 + Math.floor(random() * 4));
  };
  const full = pick(keys.full.length ? keys.full : ['']).split(SYLLABLE_SEPARATOR);
  switch (Math.floor(random() * 7)) {
    case 0:
      return cut(name);
    case 1:
      return cut(pick(keys.initials.length ? keys.initials : ['x']));
    case 2: {
      const from = Math.floor(random() * full.length);
      const text = full.slice(from, from + 1 + Math.floor(random() * 3)).join('');
      return text.slice(0, Math.max(1, text.length - Math.floor(random() * 3)));
    }
    case 3:
      return entry.code ?? name;
    case 4:
      return Array.from({ length: 1 + Math.floor(random() * 3) }, () => pick(Array.from('abcdgjlqsxyz'))).join('');
    case 5:
      return name.toUpperCase();
    default:
      return pick(['%', '_', '\\', '（', '-', 'a', '1', ' 北京 ', 'zhong', 'chang', 'xian', 'dai']);
  }
}

describe('SearchIndex against a brute-force scan of every form (R-DICT-1)', () => {
  let entries: IndexedEntry[];
  beforeAll(() => {
    entries = Array.from({ length: 3000 }, (_, i) => randomEntry(i + 1));
  });

  it('R-DICT-1 returns the same entries in the same order for 1,000 random queries, limits and regions', () => {
    const index = SearchIndex.build(entries);
    for (let i = 0; i < 1000; i++) {
      const q = randomQuery(entries);
      const options = {
        limit: 1 + Math.floor(random() * 25),
        ...(random() < 0.2 ? { region: pick(['11', '1101', '110101', '43']) } : {}),
      };
      expect(index.search(q, options), `${JSON.stringify(q)} ${JSON.stringify(options)}`).toEqual(
        referenceSearch(entries, q, options),
      );
    }
  }, 300_000);

  it('R-DICT-1 never returns a false positive: every hit holds the query in one of its forms', () => {
    const index = SearchIndex.build(entries);
    const byId = new Map(entries.map((e) => [e.id, e]));
    for (let i = 0; i < 1000; i++) {
      const q = randomQuery(entries);
      const text = normalizeText(q.trim());
      for (const hit of index.search(q, { limit: 50 })) {
        const entry = byId.get(hit.id)!;
        const classes = [entry, ...entry.aliases].map((doc) => formClass(doc.name, doc.keys, text));
        const coded = entry.code !== null && normalizeText(entry.code) === text;
        expect(coded || Math.min(...classes) < MatchClass.none, `${q} → ${hit.name}`).toBe(true);
      }
    }
  }, 300_000);

  it('R-DICT-3 stays equal to the scan through upserts, renames and removals between searches', () => {
    const index = new SearchIndex();
    const live = new Map<number, IndexedEntry>();
    let nextId = 1;
    for (let round = 0; round < 300; round++) {
      const changes = round === 0 ? 1500 : Math.floor(random() * 20);
      for (let c = 0; c < changes; c++) {
        const roll = random();
        if (roll < 0.6 || live.size === 0) {
          const entry = randomEntry(nextId++);
          live.set(entry.id, entry);
          index.upsert(entry);
        } else if (roll < 0.85) {
          const renamed = { ...randomEntry(pick([...live.keys()])) };
          live.set(renamed.id, renamed);
          index.upsert(renamed);
        } else {
          const id = pick([...live.keys()]);
          live.delete(id);
          index.remove(id);
        }
      }
      const current = [...live.values()];
      expect(index.size).toBe(current.length);
      for (let i = 0; i < 5; i++) {
        const q = randomQuery(current);
        expect(index.search(q, { limit: 10 }), JSON.stringify(q)).toEqual(referenceSearch(current, q, { limit: 10 }));
      }
    }
  }, 300_000);
});
