import PinyinMatch from 'pinyin-match';
import { match as pinyinProMatch } from 'pinyin-pro';

/** Matches one name against a query the way a library does at query time. */
export type LibraryMatcher = (name: string, q: string) => boolean;

/** The libraries compared: each checks one name per call, so a search costs a pass over every name. */
export const LIBRARIES: Record<string, LibraryMatcher> = {
  'pinyin-match': (name, q) => PinyinMatch.match(name, q) !== false,
  'pinyin-pro match': (name, q) => pinyinProMatch(name, q) !== null,
};

/**
 * Runs the queries in order, each over every name, until `budgetMs` is spent (at least one query): a full pass
 * takes tens of seconds over a million names, so only the first few queries of the mix fit.
 */
export function timeLibrary(
  names: readonly string[],
  queries: readonly string[],
  matcher: LibraryMatcher,
  budgetMs: number,
) {
  const began = performance.now();
  const perQueryMs: number[] = [];
  const matches: number[] = [];
  for (const q of queries) {
    if (perQueryMs.length > 0 && performance.now() - began > budgetMs) break;
    const start = performance.now();
    let found = 0;
    for (const name of names) if (matcher(name, q)) found++;
    perQueryMs.push(performance.now() - start);
    matches.push(found);
  }
  return { queries: queries.slice(0, perQueryMs.length), perQueryMs, matches };
}
