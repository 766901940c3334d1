import { searchKeysOf, SYLLABLE_SEPARATOR } from '../../src/server/modules/dictionaries/search/keys';
import { seededRandom } from '../../src/server/modules/dictionaries/search/seeded-random';

/** One query of the mix and what kind of typing it stands for. */
export interface MixQuery {
  q: string;
  kind: 'initials' | 'chinese' | 'pinyin';
}

/**
 * A fixed mix of `count` queries drawn from the names (same names, same mix): 45% pinyin initials of 2–6 letters
 * (a third of them 2 letters), 40% Chinese of 1–4 characters, 15% full pinyin of one to three syllables, the
 * last one possibly cut short as while typing. Half of each starts where the name starts, as typing usually does.
 */
export function searchQueryMix(entries: readonly { name: string }[], count = 200, seed = 42): MixQuery[] {
  const random = seededRandom(seed);
  const int = (below: number) => Math.floor(random() * below);
  const from = (length: number, take: number) => (random() < 0.5 ? 0 : int(Math.max(1, length - take + 1)));
  const mix: MixQuery[] = [];
  while (mix.length < count) {
    const name = entries[int(entries.length)]!.name;
    const keys = searchKeysOf(name);
    const initials = keys.initials[0] ?? '';
    const readings = (keys.full[0] ?? '').split(SYLLABLE_SEPARATOR);
    const roll = random();
    if (roll < 0.45) {
      const take = random() < 0.33 ? 2 : 3 + int(4);
      if (initials.length < take) continue;
      const start = from(initials.length, take);
      mix.push({ q: initials.slice(start, start + take), kind: 'initials' });
    } else if (roll < 0.85) {
      const take = 1 + int(4);
      const start = from(name.length, take);
      mix.push({ q: name.slice(start, start + take), kind: 'chinese' });
    } else {
      const take = 1 + int(3);
      const start = from(readings.length, take);
      const text = readings.slice(start, start + take).join('');
      mix.push({ q: text.slice(0, Math.max(2, text.length - int(3))), kind: 'pinyin' });
    }
  }
  return mix;
}
