import { useQueries } from '@tanstack/react-query';
import { Cascader } from 'antd';
import { useState } from 'react';
import { regionTextOf } from '../../domain/contact/address';
import { regionsQuery, type Region } from '../api/dictionaries';

/** The parents whose children show `code`: '' (provinces), then its province and its city. */
function parentsOf(code: string | undefined): string[] {
  if (!code) return [''];
  return ['', code.slice(0, 2), code.slice(0, 4)].filter((parent) => parent.length < code.length);
}

/** The cascade's path to `code`: its province, city and county codes. */
function pathOf(code: string | undefined): string[] {
  if (!code) return [];
  return [2, 4, 6].filter((n) => n <= code.length).map((n) => code.slice(0, n));
}

/** The children lists of `parents`, loaded once and kept (GB/T 2260 changes once a year at most). */
function useRegionLists(parents: readonly string[]): Map<string, Region[] | undefined> {
  const results = useQueries({ queries: parents.map((parent) => regionsQuery(parent)) });
  return new Map(parents.map((parent, i) => [parent, results[i]?.data]));
}

/** The names along the path to `code` (北京市, 市辖区, 东城区), or undefined while they load. */
export function useRegionNames(code: string | null | undefined): string[] | undefined {
  const valid = code && /^(\d{2}|\d{4}|\d{6})$/.test(code) ? code : undefined;
  const lists = useRegionLists(parentsOf(valid));
  if (!valid) return undefined;
  const names: string[] = [];
  for (const step of pathOf(valid)) {
    const parent = step.length === 2 ? '' : step.slice(0, step.length - 2);
    const found = lists.get(parent)?.find((r) => r.code === step);
    if (!found) return undefined;
    names.push(found.name);
  }
  return names;
}

/** R-ADDR-1, R-PI-7: the region as written (北京市东城区), or undefined while it loads or for no code. */
export function useRegionText(code: string | null | undefined): string | undefined {
  const names = useRegionNames(code);
  return names ? regionTextOf(names) : undefined;
}

interface RegionOption {
  value: string;
  label: string;
  isLeaf: boolean;
  children?: RegionOption[];
}

interface RegionCascaderProps {
  id?: string;
  /** A GB/T 2260 code: 2 (province), 4 (city) or 6 digits (county). */
  value?: string | null;
  onChange?: (code: string | undefined, names: string[]) => void;
  onBlur?: () => void;
  /** Any level may be chosen (to narrow a search); otherwise the choice ends at a county. */
  anyLevel?: boolean;
  placeholder?: string;
  allowClear?: boolean;
  status?: 'error' | 'warning';
  className?: string;
  'aria-label'?: string;
  'aria-describedby'?: string;
  'aria-invalid'?: 'true' | 'false' | boolean;
  'aria-required'?: 'true' | 'false' | boolean;
}

/** Province → city → county (GB/T 2260), each level loaded from `GET /api/regions` when it is opened. */
export function RegionCascader(props: RegionCascaderProps) {
  const { id, value, onChange, onBlur, anyLevel = false, placeholder = '请选择省 / 市 / 区县' } = props;
  const [opened, setOpened] = useState<string[]>([]);
  const parents = [...new Set([...parentsOf(value ?? undefined), ...opened])];
  const lists = useRegionLists(parents);

  const build = (parent: string): RegionOption[] =>
    (lists.get(parent) ?? []).map(({ code, name }) => {
      const children = lists.get(code);
      const leaf = code.length === 6 || (children !== undefined && children.length === 0);
      return {
        value: code,
        label: name,
        isLeaf: leaf,
        ...(children && children.length > 0 ? { children: build(code) } : {}),
      };
    });

  return (
    <Cascader<RegionOption>
      id={id}
      className={props.className}
      options={build('')}
      value={pathOf(value ?? undefined)}
      loadData={(selected) => {
        const last = selected[selected.length - 1];
        if (last) setOpened((codes) => (codes.includes(last.value) ? codes : [...codes, last.value]));
      }}
      changeOnSelect={anyLevel}
      onChange={(path, selected) => {
        const codes = (path ?? []) as string[];
        onChange?.(
          codes[codes.length - 1],
          (selected ?? []).map((option) => option.label),
        );
      }}
      onBlur={onBlur}
      placeholder={placeholder}
      allowClear={props.allowClear ?? anyLevel}
      status={props.status}
      aria-label={props['aria-label']}
      aria-describedby={props['aria-describedby']}
      aria-invalid={props['aria-invalid']}
      aria-required={props['aria-required']}
      expandTrigger="click"
    />
  );
}

/** A GB/T 2260 code as its region's name (北京市东城区); the code itself until the names are loaded. */
export function RegionText({ code }: { code: string }) {
  const text = useRegionText(code);
  return <>{text ?? code}</>;
}
