import { CheckCircleFilled, ClockCircleOutlined, ExclamationCircleFilled } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { App, AutoComplete, Button, Tag, Typography } from 'antd';
import { NoFormStyle } from 'antd/es/form/context';
import { useEffect, useState } from 'react';
import { DICTIONARY_KIND_LABELS, MAX_QUERY_LENGTH, type DictionaryKind } from '../../domain/dictionary/kinds';
import {
  dictionarySearchQuery,
  useMyDictionaryRequests,
  type DictionaryHit,
  type DictionaryRequest,
} from '../api/dictionaries';
import { DictionaryRequestDialog } from './DictionaryRequestDialog';
import { RegionCascader, RegionText, useRegionText } from './RegionCascader';

/** A chosen dictionary entry; `id` is '' while the text typed is not (yet) an entry. */
export interface DictionaryEntry {
  id: string;
  name: string;
  code?: string;
  regionCode?: string;
}

/** What the picker holds as a form value: the chosen entry, typed text not in the dictionary, or nothing. */
export type PickerValue = DictionaryEntry | null | undefined;

/**
 * The API's value of a picker field: the chosen entry's id; typed text that is no entry stays "something not an id"
 * (the schema answers R-DICT-3's 请从检索列表中选择…申请添加); nothing is undefined.
 */
export function dictionaryInput(value: unknown): unknown {
  if (value === null || value === undefined) return undefined;
  if (typeof value !== 'object' || !('id' in value)) return value;
  const entry = value as DictionaryEntry;
  if (entry.id !== '') return entry.id;
  return entry.name.trim() === '' ? undefined : { notInDictionary: entry.name };
}

/** The picker's value for a saved entry. */
export function entryValue(entry: { id: string; name: string; code?: string; regionCode?: string } | null | undefined) {
  return entry ? { id: entry.id, name: entry.name, code: entry.code, regionCode: entry.regionCode } : null;
}

const DEBOUNCE_MS = 150;
// Option values are this prefix and the id: no typed text starts with a private-use character.
const KEY = '\uE000';

/** `value`, once it has stopped changing for `ms`. */
function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

/** A hit's text for screen readers and tests: name, former name, code. */
function describeHit(hit: DictionaryHit): string {
  return [hit.name, hit.alias ? `（原名：${hit.alias}）` : '', hit.code ? ` ${hit.code}` : ''].join('');
}

function HitLabel({ hit, requested }: { hit: DictionaryHit; requested: boolean }) {
  return (
    <div className="dictionary-hit">
      <span className="dictionary-hit-name">
        {hit.name}
        {hit.alias && <span className="dictionary-hit-alias">（原名：{hit.alias}）</span>}
        {requested && (
          <Tag color="green" className="dictionary-hit-tag">
            您申请添加的
          </Tag>
        )}
      </span>
      <span className="dictionary-hit-meta">
        {hit.code && <span className="dictionary-hit-code">{hit.code}</span>}
        {hit.regionCode && <RegionText code={hit.regionCode} />}
      </span>
    </div>
  );
}

/** The candidate's latest request for `name` in this dictionary, if any. */
function requestFor(requests: readonly DictionaryRequest[] | undefined, kind: DictionaryKind, name: string) {
  const wanted = name.trim();
  return requests
    ?.filter((r) => r.kind === kind && r.name === wanted)
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0];
}

interface DictionaryPickerProps {
  kind: DictionaryKind;
  /** From Form.Item: the id its label points to. */
  id?: string;
  value?: PickerValue;
  onChange?: (value: PickerValue) => void;
  onBlur?: () => void;
  placeholder?: string;
  /** False where no request can be filed (the admin's pages). */
  requestable?: boolean;
  'aria-describedby'?: string;
  'aria-invalid'?: 'true' | 'false' | boolean;
  'aria-required'?: 'true' | 'false' | boolean;
}

type PickerState = 'editing' | 'idle' | 'empty' | 'chosen' | 'unknown';

/**
 * R-DICT-1…3: a name chosen from a dictionary by pinyin initials, full pinyin, Chinese keywords, a former name or
 * (work units) an institution code, narrowed for work units by province → city → county. When focus leaves it shows
 * R-DICT-2's state: red when empty, grey when chosen from the dictionary, yellow for text the dictionary lacks —
 * which cannot be submitted, but can be requested (申请添加); an approved request's entry is then chosen.
 */
export function DictionaryPicker(props: DictionaryPickerProps) {
  const { kind, id, value, onChange, onBlur, requestable = true } = props;
  const kindLabel = DICTIONARY_KIND_LABELS[kind];
  const { message } = App.useApp();
  const [focused, setFocused] = useState(false);
  const [touched, setTouched] = useState(false);
  const [region, setRegion] = useState<string | undefined>(undefined);
  const [dialogOpen, setDialogOpen] = useState(false);

  const current = value ?? null;
  const text = current?.name ?? '';
  const query = text.trim();
  const settled = useDebounced(query, DEBOUNCE_MS);
  const searchable = settled.length >= 1 && settled.length <= MAX_QUERY_LENGTH;
  // Only the answer to the text now in the box is offered: Enter never picks a hit of an earlier text.
  const search = useQuery({
    ...dictionarySearchQuery(kind, settled, kind === 'work-units' ? region : undefined),
    enabled: searchable && focused,
  });
  const requests = useMyDictionaryRequests(requestable).data;
  const approved = (requests ?? []).filter((r) => r.kind === kind && r.status === 'APPROVED' && r.entryId);
  const approvedIds = new Set(approved.map((r) => r.entryId));

  const hits: DictionaryHit[] =
    query === ''
      ? // Before typing: the entries added at the candidate's request (R-DICT-3), ready to choose.
        approved.map((r) => ({ id: r.entryId ?? '', name: r.entryName ?? r.name }))
      : settled === query && search.data
        ? search.data.items
        : [];
  const currentRequest = current && current.id === '' ? requestFor(requests, kind, current.name) : undefined;

  // R-DICT-3: text that names an approved request is that request's entry, chosen.
  const approvedEntry = currentRequest?.status === 'APPROVED' ? currentRequest : undefined;
  useEffect(() => {
    if (approvedEntry?.entryId) {
      onChange?.({ id: approvedEntry.entryId, name: approvedEntry.entryName ?? approvedEntry.name });
    }
  }, [approvedEntry, onChange]);

  // R-DICT-2's red is for a required field left empty (Form.Item marks it); an optional one stays plain.
  const required = props['aria-required'] === true || props['aria-required'] === 'true';
  const state: PickerState = focused
    ? 'editing'
    : current === null || query === ''
      ? touched && required
        ? 'empty'
        : 'idle'
      : current.id !== ''
        ? 'chosen'
        : 'unknown';

  const notFound =
    query === ''
      ? undefined
      : query.length > MAX_QUERY_LENGTH
        ? `检索内容不能超过${MAX_QUERY_LENGTH}个字符`
        : settled !== query || search.isFetching
          ? '正在检索…'
          : search.isError
            ? search.error.message
            : `${kindLabel}字典中没有找到“${query}”`;

  const choose = (key: string) => {
    const hit = hits.find((h) => KEY + h.id === key);
    if (hit) onChange?.({ id: hit.id, name: hit.name, code: hit.code, regionCode: hit.regionCode });
  };

  return (
    <div className={`dictionary-picker dictionary-picker-${state}`}>
      <div className="dictionary-picker-row">
        {kind === 'work-units' && (
          // A search filter, not the field: the field's error state (red) is not its own.
          <NoFormStyle status override>
            <RegionCascader
              className="dictionary-picker-region"
              anyLevel
              value={region}
              onChange={(code) => setRegion(code)}
              placeholder="所在地区（可缩小检索范围）"
              aria-label="工作单位所在地区（缩小检索范围）"
            />
          </NoFormStyle>
        )}
        <AutoComplete
          id={id}
          className="dictionary-picker-input"
          value={text}
          options={hits.map((hit) => ({
            value: KEY + hit.id,
            label: <HitLabel hit={hit} requested={approvedIds.has(hit.id)} />,
            'aria-label': describeHit(hit),
          }))}
          virtual={false}
          // Arrows move through the hits, Enter takes the highlighted one (the first at first), Esc closes the list.
          defaultActiveFirstOption
          notFoundContent={notFound}
          status={state === 'empty' ? 'error' : undefined}
          placeholder={
            props.placeholder ??
            (kind === 'work-units'
              ? '输入单位名称的拼音首字母、汉字或机构代码'
              : `输入${kindLabel}名称的拼音首字母（如 bjdx）或汉字`)
          }
          onChange={(typed: string) => {
            if (typed.startsWith(KEY)) return; // a selection: handled by onSelect
            onChange?.(typed === '' ? null : { id: '', name: typed });
          }}
          onSelect={(key: string) => choose(key)}
          onFocus={() => setFocused(true)}
          onBlur={() => {
            setFocused(false);
            setTouched(true);
            onBlur?.();
          }}
          allowClear
          aria-describedby={props['aria-describedby']}
          aria-invalid={props['aria-invalid']}
          aria-required={props['aria-required']}
        />
      </div>
      <div className="dictionary-picker-status" aria-live="polite">
        {state === 'chosen' && current && <ChosenNote kind={kind} entry={current} />}
        {state === 'unknown' && current && (
          <UnknownNote
            kindLabel={kindLabel}
            name={current.name.trim()}
            request={currentRequest}
            requestable={requestable}
            onRequest={() => setDialogOpen(true)}
          />
        )}
      </div>
      {requestable && dialogOpen && current && (
        <DictionaryRequestDialog
          kind={kind}
          open
          name={current.name.trim()}
          regionCode={region}
          onClose={() => setDialogOpen(false)}
          onFiled={(merged) => {
            setDialogOpen(false);
            void message.success(
              merged
                ? '已有考生申请添加该名称，您的申请已合并，审核通过后即可选择。'
                : '申请已提交，国家医学考试中心审核通过后即可选择。',
            );
          }}
        />
      )}
    </div>
  );
}

/** Grey: what was chosen, with what tells it apart (a work unit's area, R-PI-7; a major's code). */
function ChosenNote({ kind, entry }: { kind: DictionaryKind; entry: DictionaryEntry }) {
  const regionText = useRegionText(kind === 'work-units' ? entry.regionCode : undefined);
  const parts = [
    kind === 'work-units' && regionText ? `单位所在地区：${regionText}` : '',
    entry.code ? `代码：${entry.code}` : '',
  ].filter(Boolean);
  return (
    <Typography.Text type="secondary">
      <CheckCircleFilled aria-hidden className="dictionary-picker-ok" /> 已从字典中选择
      {parts.length > 0 ? `（${parts.join('，')}）` : ''}
    </Typography.Text>
  );
}

interface UnknownNoteProps {
  kindLabel: string;
  name: string;
  request: DictionaryRequest | undefined;
  requestable: boolean;
  onRequest: () => void;
}

/** Yellow: the text is no entry; say why it cannot be submitted and what the request's state is. */
function UnknownNote({ kindLabel, name, request, requestable, onRequest }: UnknownNoteProps) {
  if (request?.status === 'PENDING') {
    return (
      <Typography.Text type="warning">
        <ClockCircleOutlined aria-hidden /> 您已申请添加“{name}”，正在等待审核；审核通过后即可在列表中选择。
      </Typography.Text>
    );
  }
  return (
    <span className="dictionary-picker-unknown-note">
      <Typography.Text type="warning">
        <ExclamationCircleFilled aria-hidden />{' '}
        {request?.status === 'REJECTED'
          ? `您申请添加的“${name}”未通过审核，原因：${request.reason ?? '未说明'}。`
          : `“${name}”不在${kindLabel}字典中。`}
      </Typography.Text>
      {requestable && (
        <Button size="small" onClick={onRequest}>
          {request?.status === 'REJECTED' ? '重新申请' : '申请添加'}
        </Button>
      )}
    </span>
  );
}
