import { Alert, Form, Input, Modal, Radio } from 'antd';
import { useState } from 'react';
import { DICTIONARY_KIND_LABELS, dictionaryRequestSchema, type DictionaryKind } from '../../domain/dictionary/kinds';
import { useRequestDictionaryEntry } from '../api/dictionaries';
import { RegionCascader } from './RegionCascader';
import { SchemaField, SchemaForm } from './SchemaForm';

type SchoolPlace = 'mainland' | 'abroad';

interface DictionaryRequestDialogProps {
  kind: DictionaryKind;
  open: boolean;
  /** The typed text the dictionary lacks. */
  name: string;
  /** The region the candidate narrowed the search to, if a county: the likely place of a work unit. */
  regionCode?: string;
  onClose: () => void;
  /** After the request is filed (or joined to an identical one). */
  onFiled: (merged: boolean) => void;
}

/**
 * R-DICT-3: a request to add a name the dictionary lacks. Work units need their county; schools a mainland county,
 * or the country or region of a school outside the mainland (港澳台 included); majors only the name.
 */
export function DictionaryRequestDialog(props: DictionaryRequestDialogProps) {
  const { kind, open, name, regionCode, onClose, onFiled } = props;
  const kindLabel = DICTIONARY_KIND_LABELS[kind];
  const request = useRequestDictionaryEntry(kind);
  const [place, setPlace] = useState<SchoolPlace>('mainland');
  const labels = { name: `${kindLabel}名称`, regionCode: `${kindLabel}所在地区`, country: '国家或地区' };
  const needsRegion = kind === 'work-units' || (kind === 'schools' && place === 'mainland');

  return (
    <Modal
      title={`申请添加${kindLabel}`}
      open={open}
      onCancel={onClose}
      footer={null}
      destroyOnHidden
      // The dialog is the picker's child in React: keep its keys away from the picker's combobox.
      modalRender={(node) => <div onKeyDown={(event) => event.stopPropagation()}>{node}</div>}
    >
      <Alert
        type="info"
        showIcon
        className="form-notice"
        message={`${kindLabel}字典中没有的名称不能直接提交。`}
        description={`请核对名称后提交申请，国家医学考试中心审核通过后，即可在检索列表中选择该${kindLabel}。`}
      />
      <SchemaForm
        name={`request_${kind}`}
        schema={dictionaryRequestSchema}
        labels={labels}
        initialValues={{ name, ...(regionCode && regionCode.length === 6 ? { regionCode } : {}) }}
        submitText="提交申请"
        onSubmit={async (values) => {
          const body = needsRegion
            ? { name: values.name, regionCode: values.regionCode }
            : kind === 'schools'
              ? { name: values.name, country: values.country }
              : { name: values.name };
          const result = await request.mutateAsync(body);
          onFiled(result.merged);
        }}
      >
        <SchemaField name="name" extra="请按证书或单位公章上的全称填写，不要使用简称。">
          <Input autoComplete="off" />
        </SchemaField>
        {kind === 'schools' && (
          <Form.Item label="学校所在地">
            <Radio.Group
              value={place}
              onChange={(event) => setPlace(event.target.value as SchoolPlace)}
              options={[
                { value: 'mainland', label: '中国大陆' },
                { value: 'abroad', label: '国外或港澳台地区' },
              ]}
            />
          </Form.Item>
        )}
        {needsRegion && (
          <SchemaField name="regionCode" extra="请依次选择省、市、区县。">
            <RegionCascader />
          </SchemaField>
        )}
        {kind === 'schools' && place === 'abroad' && (
          <SchemaField name="country" extra="如：英国、美国、中国香港、中国台湾。">
            <Input autoComplete="off" />
          </SchemaField>
        )}
      </SchemaForm>
    </Modal>
  );
}
