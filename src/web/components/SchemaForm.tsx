import { Button, Form, Space, type FormInstance, type FormProps } from 'antd';
import { createContext, useContext, useState, type ReactElement, type ReactNode } from 'react';
import type { z } from 'zod';
import { FIELD_LABELS } from '../../domain/account/schemas';
import { ERRORS } from '../../domain/errors';
import { zodIssuesToFields } from '../../domain/shared/validation';
import { ApiError } from '../api/client';
import { ErrorSummary, type Summary, type SummaryItem } from './ErrorSummary';

/*
 * One binding between an antd Form and a domain zod schema, used by every form of the app:
 * - a field is checked against the whole schema when it loses focus (cross-field rules such as
 *   "the ID number must suit the ID type" need the other values), and its message is put beside it;
 * - on submit every field is checked, and an ErrorSummary lists the problems, each a link to its field;
 * - a server 400's `fields` are shown the same way; any other error's message goes in the summary.
 */

interface SchemaFieldContextValue {
  validateField: (name: string) => Promise<void>;
  labelOf: (name: string) => string;
}

const SchemaFieldContext = createContext<SchemaFieldContextValue | null>(null);

interface SchemaFormProps<S extends z.ZodType> {
  /** The form's name; input ids are `${name}_${field}`, so two forms on a page never clash. */
  name: string;
  schema: S;
  /** The Chinese label of each field by its JSON name; the account forms' labels unless given. */
  labels?: Readonly<Record<string, string>>;
  /**
   * The schema's input from the form's values, when a control holds more than the API takes (a dictionary
   * picker holds the chosen entry, the body its id). Without it the values are parsed as they are.
   */
  toInput?: (values: Record<string, unknown>) => unknown;
  submitText: string;
  onSubmit: (values: z.output<S>) => Promise<void>;
  /** Pass one from `Form.useForm()` when the page needs to watch or set values. */
  form?: FormInstance;
  /** The schema's input, or with `toInput` the controls' own values (a picker's chosen entry). */
  initialValues?: Partial<z.input<S>> | Record<string, unknown>;
  onFieldsChange?: FormProps['onFieldsChange'];
  /** Buttons placed before the submit button, e.g. a wizard's 上一步. */
  extraActions?: ReactNode;
  children: ReactNode;
}

export function SchemaForm<S extends z.ZodType>(props: SchemaFormProps<S>) {
  const {
    name,
    schema,
    labels = FIELD_LABELS,
    toInput,
    submitText,
    onSubmit,
    initialValues,
    onFieldsChange,
    extraActions,
  } = props;
  const [form] = Form.useForm(props.form);
  const [summary, setSummary] = useState<Summary | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const labelOf = (field: string): string => labels[field] ?? field;

  // getFieldsValue() holds only the inputs on the page: a value typed into an input since hidden is left out.
  const parse = () => {
    const values = form.getFieldsValue() as Record<string, unknown>;
    return schema.safeParse(toInput ? toInput(values) : values);
  };

  const validateField = async (field: string): Promise<void> => {
    const result = parse();
    if (result.success) return;
    const message = zodIssuesToFields(result.error.issues)[field];
    if (message !== undefined) throw new Error(message);
  };

  /** The messages now beside the fields, in the order of the form, each a link to its field. */
  const summaryOfFieldErrors = (): SummaryItem[] =>
    form.getFieldsError().flatMap(({ name: path, errors }) => {
      const field = String(path[0]);
      const message = errors[0];
      return message === undefined
        ? []
        : [{ target: { name: field, inputId: `${name}_${field}` }, label: labelOf(field), message }];
    });

  /** Puts each message beside its field; lists all of them (those with no input too) for the summary. */
  const showFieldErrors = (messages: Record<string, string>): SummaryItem[] => {
    const onPage = new Set(form.getFieldsError().map((field) => String(field.name[0])));
    form.setFields(
      Object.entries(messages)
        .filter(([field]) => onPage.has(field))
        .map(([field, message]) => ({ name: field, errors: [message] })),
    );
    const offPage = Object.entries(messages)
      .filter(([field]) => !onPage.has(field))
      .map(([field, message]) => ({ label: labelOf(field), message }));
    return [...summaryOfFieldErrors(), ...offPage];
  };

  const submit = async () => {
    const parsed = parse();
    if (!parsed.success) {
      // Only an issue on a value with no input of its own gets here; every input was checked already.
      setSummary({ title: ERRORS.VALIDATION.message, items: showFieldErrors(zodIssuesToFields(parsed.error.issues)) });
      return;
    }
    setSummary(null);
    setSubmitting(true);
    try {
      await onSubmit(parsed.data);
    } catch (error) {
      if (error instanceof ApiError) {
        // The server's message says what to do, a 429's included (it names the wait).
        setSummary({ title: error.message, items: showFieldErrors(error.fields) });
      } else {
        console.error(error);
        setSummary({ title: ERRORS.INTERNAL.message, items: [] });
      }
    } finally {
      setSubmitting(false);
    }
  };

  /**
   * After a change, the fields already checked are checked again: a message may have gone stale (the
   * confirmation after the password, the ID number after the ID type), and a field being corrected loses its
   * message as soon as it is right. A field never in error is still checked only when it loses focus.
   */
  const recheck = (changed: Record<string, unknown>) => {
    const fields = form
      .getFieldsError()
      .map(({ name: path, errors }) => ({ field: String(path[0]), inError: errors.length > 0 }))
      .filter(({ field, inError }) => inError || (form.isFieldTouched(field) && !(field in changed)))
      .map(({ field }) => field);
    if (fields.length > 0) form.validateFields(fields).catch(() => undefined);
  };

  return (
    <SchemaFieldContext.Provider value={{ validateField, labelOf }}>
      {summary && (
        <ErrorSummary
          summary={summary}
          onFocusField={(field) => form.scrollToField(field, { focus: true, block: 'center' })}
        />
      )}
      <Form
        name={name}
        form={form}
        layout="vertical"
        initialValues={initialValues}
        onFinish={submit}
        onFinishFailed={() => setSummary({ title: ERRORS.VALIDATION.message, items: summaryOfFieldErrors() })}
        onValuesChange={recheck}
        onFieldsChange={onFieldsChange}
      >
        {props.children}
        <Form.Item>
          <Space>
            {extraActions}
            <Button type="primary" htmlType="submit" loading={submitting}>
              {submitText}
            </Button>
          </Space>
        </Form.Item>
      </Form>
    </SchemaFieldContext.Provider>
  );
}

interface SchemaFieldProps {
  name: string;
  extra?: ReactNode;
  /** Not marked required: the schema lets it be empty (it still checks what is typed). */
  optional?: boolean;
  /** The child's prop that holds the value: `checked` for a Checkbox. */
  valuePropName?: string;
  /** One antd input; Form.Item gives it the id its label points to. */
  children: ReactElement;
}

/** A labelled form field checked against the enclosing SchemaForm's schema; its label comes from the domain. */
export function SchemaField({ name, extra, optional = false, valuePropName, children }: SchemaFieldProps) {
  const context = useContext(SchemaFieldContext);
  if (context === null) throw new Error('SchemaField must be inside a SchemaForm');
  const { validateField, labelOf } = context;
  return (
    <Form.Item
      name={name}
      label={labelOf(name)}
      extra={extra}
      required={!optional}
      valuePropName={valuePropName}
      validateTrigger="onBlur"
      rules={[{ validator: () => validateField(name) }]}
    >
      {children}
    </Form.Item>
  );
}
