import { DatePicker } from 'antd';
import dayjs from 'dayjs';

interface DateInputProps {
  id?: string;
  value?: string;
  onChange?: (value: string) => void;
  onBlur?: () => void;
}

/**
 * A date picker whose value is the contract's 'YYYY-MM-DD' string, so the form holds what the schema checks.
 * Form.Item passes the id its label points to; the date can be typed as well as picked.
 */
export function DateInput({ id, value, onChange, onBlur }: DateInputProps) {
  return (
    <DatePicker
      id={id}
      value={value ? dayjs(value, 'YYYY-MM-DD') : null}
      format="YYYY-MM-DD"
      placeholder="YYYY-MM-DD"
      onChange={(date) => onChange?.(date ? date.format('YYYY-MM-DD') : '')}
      onBlur={onBlur}
      className="date-input"
    />
  );
}
