import type { ReactNode } from 'react';
import type { EntrySelection } from '../profile/EntrySection';

type Ticks = Pick<EntrySelection<unknown>, 'value' | 'onChange' | 'id'>;

/**
 * The 选择 boxes of a 个人信息 section as one field of a step's form: the enclosing Form.Item gives this element the
 * field's value, onChange and id, which `render` hands to the section (R-EX-6, R-EX-7).
 */
export function EntryTicks({ value, onChange, id, render }: Ticks & { render: (ticks: Ticks) => ReactNode }) {
  return render({ value, onChange, id });
}
