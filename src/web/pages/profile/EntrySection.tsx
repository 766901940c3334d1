import { CheckCircleFilled, DeleteOutlined, EditOutlined, LockOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Checkbox, Descriptions, Drawer, Empty, Popconfirm, Space, Tooltip } from 'antd';
import { useState, type ReactNode } from 'react';
import { useDeleteEntry, type EntryGroup, type EntryState } from '../../api/profile';
import { SectionCard } from './SectionCard';

const LOCKED_TIP = '该条目已在报名申请中使用，已锁定，不能修改或删除；放弃相关报考项目后解锁。';
const VERIFIED_TIP =
  '该条目已通过考务人员验证，可在以后的考试中作为可信数据直接使用，不能修改；如有新的情况，请添加新的条目。';

/** R-PI-4: the lock (used by an application) and the check mark (verified by staff), each explained on hover or focus. */
function EntryMarks({ entry }: { entry: EntryState }) {
  return (
    <>
      {entry.locked && (
        <Tooltip title={LOCKED_TIP}>
          <span tabIndex={0} role="img" aria-label="已锁定" className="entry-mark entry-mark-locked">
            <LockOutlined aria-hidden />
          </span>
        </Tooltip>
      )}
      {entry.verified && (
        <Tooltip title={VERIFIED_TIP}>
          <span tabIndex={0} role="img" aria-label="已验证" className="entry-mark entry-mark-verified">
            <CheckCircleFilled aria-hidden />
          </span>
        </Tooltip>
      )}
    </>
  );
}

export interface EntryFormProps<E> {
  /** The entry to change; absent to add one. */
  entry?: E;
  /** After a successful save. */
  onSaved: () => void;
}

/**
 * The wizard's 选择 box on each entry (R-EX-6, R-EX-7), as an antd form control (value and onChange). Only a saved
 * entry is listed, so an entry added in the wizard is saved before it can be ticked, as the guide requires.
 */
export interface EntrySelection<E> {
  value?: readonly string[];
  onChange?: (ids: string[]) => void;
  /** The form field's id, given to the first box so the error summary can move focus there. */
  id?: string;
  /** Entries of other kinds show no box (only 住院医师规范化培训 is ticked among trainings). */
  canSelect?: (entry: E) => boolean;
}

interface EntrySectionProps<E extends EntryState> {
  id: string;
  group: EntryGroup;
  /** 教育经历, 培训经历, 证书情况. */
  title: string;
  entries: readonly E[];
  /** The title of an entry's card, e.g. 本科 · 北京大学. */
  entryTitle: (entry: E) => string;
  /** The entry's fields as label and value. */
  describe: (entry: E) => { label: string; value: ReactNode }[];
  hint?: ReactNode;
  renderForm: (props: EntryFormProps<E>) => ReactNode;
  selection?: EntrySelection<E>;
}

type Editing<E> = { mode: 'add' } | { mode: 'edit'; entry: E } | null;

/**
 * R-PI-3, R-PI-4: many entries per candidate, each a card with 修改 and 删除 (after a confirmation); a locked entry
 * can be neither changed nor deleted, a verified one not changed. The form opens in a drawer.
 */
export function EntrySection<E extends EntryState>(props: EntrySectionProps<E>) {
  const { id, group, title, entries, entryTitle, describe, hint, renderForm, selection } = props;
  const [editing, setEditing] = useState<Editing<E>>(null);
  const ticked = new Set(selection?.value ?? []);
  const selectable = entries.filter((e) => selection?.canSelect?.(e) ?? true);
  const tick = (entryId: string, on: boolean) => {
    if (!selection?.onChange) return;
    const next = new Set(ticked);
    if (on) next.add(entryId);
    else next.delete(entryId);
    // In the order shown, and only entries that still exist (a ticked entry may just have been deleted).
    selection.onChange(selectable.filter((e) => next.has(e.id)).map((e) => e.id));
  };
  const remove = useDeleteEntry(group);
  const { message } = App.useApp();
  const drawerTitle = editing?.mode === 'edit' ? `修改${title}` : `添加${title}`;

  const add = (
    <Button icon={<PlusOutlined aria-hidden />} onClick={() => setEditing({ mode: 'add' })}>
      添加{title}
    </Button>
  );

  return (
    <SectionCard id={id} title={title} extra={entries.length > 0 ? add : undefined}>
      {hint}
      {entries.length === 0 ? (
        <Empty description={`尚未填写${title}`}>{add}</Empty>
      ) : (
        <div className="entry-list" role="list" aria-label={`${title}条目`}>
          {entries.map((entry) => {
            const name = entryTitle(entry);
            return (
              <div role="listitem" key={entry.id}>
                <Card
                  size="small"
                  className="entry-card"
                  title={
                    <>
                      {selection && selectable.includes(entry) && (
                        <Checkbox
                          id={entry === selectable[0] ? selection.id : undefined}
                          className="entry-select"
                          checked={ticked.has(entry.id)}
                          aria-label={`选择 ${name}`}
                          onChange={(event) => tick(entry.id, event.target.checked)}
                        >
                          选择
                        </Checkbox>
                      )}
                      <span>{name}</span>
                      <EntryMarks entry={entry} />
                    </>
                  }
                  extra={
                    <Space>
                      {!entry.locked && !entry.verified && (
                        <Button
                          size="small"
                          icon={<EditOutlined aria-hidden />}
                          aria-label={`修改 ${name}`}
                          onClick={() => setEditing({ mode: 'edit', entry })}
                        >
                          修改
                        </Button>
                      )}
                      {!entry.locked && (
                        <Popconfirm
                          title={`确定删除这条${title}吗？`}
                          description="删除后不能恢复。"
                          okText="删除"
                          cancelText="取消"
                          okButtonProps={{ danger: true }}
                          onConfirm={async () => {
                            try {
                              await remove.mutateAsync(entry.id);
                              tick(entry.id, false);
                              void message.success(`${title}已删除。`);
                            } catch (error) {
                              void message.error(error instanceof Error ? error.message : '删除失败，请重试。');
                            }
                          }}
                        >
                          <Button size="small" danger icon={<DeleteOutlined aria-hidden />} aria-label={`删除 ${name}`}>
                            删除
                          </Button>
                        </Popconfirm>
                      )}
                    </Space>
                  }
                >
                  <Descriptions size="small" column={{ xs: 1, md: 2 }}>
                    {describe(entry).map(({ label, value }) => (
                      <Descriptions.Item key={label} label={label}>
                        {value}
                      </Descriptions.Item>
                    ))}
                  </Descriptions>
                </Card>
              </div>
            );
          })}
        </div>
      )}
      <Drawer title={drawerTitle} open={editing !== null} onClose={() => setEditing(null)} width={720} destroyOnHidden>
        {editing &&
          renderForm({
            entry: editing.mode === 'edit' ? editing.entry : undefined,
            onSaved: () => {
              setEditing(null);
              void message.success(`${title}已保存。`);
            },
          })}
      </Drawer>
    </SectionCard>
  );
}
