import fs from 'node:fs';
import path from 'node:path';
import { projectPath } from '../../paths';

export interface Region {
  code: string;
  name: string;
}

const DATA_DIR = projectPath('data', 'regions');

/** GB/T 2260 divisions (data/regions): provinces, their cities, their counties. */
export interface Regions {
  /** The children of `parent` ('' for the provinces, a 2-digit province, a 4-digit city). */
  children(parent: string): Region[];
  /** The name of a 2/4/6-digit code, or undefined when unknown. */
  nameOf(code: string): string | undefined;
  /** 'province city county' for a 6-digit code, e.g. 北京市 市辖区 东城区. */
  pathOf(code: string): Region[];
}

export function loadRegions(dir = DATA_DIR): Regions {
  const read = (file: string) =>
    JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as (Region & {
      provinceCode?: string;
      cityCode?: string;
    })[];
  const provinces = read('provinces.json');
  const cities = read('cities.json');
  const areas = read('areas.json');
  const names = new Map<string, string>();
  const children = new Map<string, Region[]>([['', []]]);
  const add = (parent: string, r: Region) => {
    names.set(r.code, r.name);
    if (!children.has(parent)) children.set(parent, []);
    children.get(parent)!.push({ code: r.code, name: r.name });
  };
  for (const p of provinces) add('', p);
  for (const c of cities) add(c.provinceCode ?? c.code.slice(0, 2), c);
  for (const a of areas) add(a.cityCode ?? a.code.slice(0, 4), a);
  return {
    children: (parent) => children.get(parent) ?? [],
    nameOf: (code) => names.get(code),
    pathOf: (code) =>
      [code.slice(0, 2), code.slice(0, 4), code.slice(0, 6)]
        .filter((c, i, all) => c.length === [2, 4, 6][i] && all.indexOf(c) === i)
        .flatMap((c) => {
          const name = names.get(c);
          return name ? [{ code: c, name }] : [];
        }),
  };
}
