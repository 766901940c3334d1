import { Input, Typography } from 'antd';
import { ADDRESS_MAX_LENGTH, regionTextOf } from '../../domain/contact/address';
import { ADDRESS_PART_LABELS } from '../../domain/contact/labels';
import { textLength } from '../../domain/profile/plain-text';
import { RegionCascader } from './RegionCascader';

/** The form value of 联系地址 (R-ADDR-1): the cascade's county code and names, and the typed street part. */
export interface AddressValue {
  regionCode?: string;
  regionText?: string;
  street?: string;
}

interface AddressInputProps {
  id?: string;
  value?: AddressValue | null;
  onChange?: (value: AddressValue) => void;
  onBlur?: () => void;
  'aria-describedby'?: string;
  'aria-invalid'?: 'true' | 'false' | boolean;
  'aria-required'?: 'true' | 'false' | boolean;
}

/**
 * R-ADDR-1: province → city → county from the cascade, then the street and number typed, with a live count of the
 * whole address against its limit. The label's id goes to the cascade; the street input names itself.
 */
export function AddressInput({ id, value, onChange, onBlur, ...aria }: AddressInputProps) {
  const address = value ?? {};
  const regionText = address.regionText ?? '';
  const street = address.street ?? '';
  const used = textLength(regionText) + textLength(street);
  const over = used > ADDRESS_MAX_LENGTH;

  return (
    <div className="address-input">
      <RegionCascader
        id={id}
        className="address-region"
        value={address.regionCode}
        onChange={(regionCode, names) => onChange?.({ ...address, regionCode, regionText: regionTextOf(names) })}
        onBlur={onBlur}
        aria-describedby={aria['aria-describedby']}
        aria-invalid={aria['aria-invalid']}
        aria-required={aria['aria-required']}
      />
      <Input
        className="address-street"
        aria-label={ADDRESS_PART_LABELS.street}
        aria-describedby={`${id ?? 'address'}_count`}
        placeholder="街道、门牌号，如：东四十条24号"
        value={street}
        onChange={(event) => onChange?.({ ...address, street: event.target.value })}
        onBlur={onBlur}
      />
      <Typography.Text id={`${id ?? 'address'}_count`} type={over ? 'danger' : 'secondary'} className="address-count">
        {regionText ? `${regionText}${street}` : street || '（请选择省、市、区县并填写街道门牌）'} · 共 {used} /{' '}
        {ADDRESS_MAX_LENGTH} 个字
      </Typography.Text>
    </div>
  );
}
