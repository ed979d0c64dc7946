import { Field, Radio, RadioGroup } from '@fluentui/react-components';
import { memo } from 'react';
import { fieldId } from './fieldIds';

/** Props of `ChoiceField`. */
export interface ChoiceFieldProps<V extends string | number> {
  /** The value's validation path; also the group's DOM id. */
  readonly path: string;
  readonly label: string;
  readonly hint?: string;
  /** The options, in order, each with its visible label. */
  readonly options: readonly { readonly value: V; readonly label: string }[];
  readonly value: V | null;
  readonly message?: string;
  /** Side by side (the 1–5 scores) or one under the other. @default 'vertical' */
  readonly layout?: 'horizontal' | 'vertical';
  readonly readOnly: boolean;
  readonly onChange: (path: string, value: V) => void;
}

/**
 * One answer of a few: a 1–5 score or the placement view, as a radio group (arrow keys move between the
 * options, Tab leaves the group) with its label and message tied to it by Fluent's Field.
 */
function ChoiceFieldInner<V extends string | number>(props: ChoiceFieldProps<V>) {
  const { path, label, hint, options, value, message, layout = 'vertical', readOnly } = props;
  return (
    <Field label={label} hint={hint} validationMessage={message} validationState={message ? 'error' : 'none'}>
      <RadioGroup
        id={fieldId(path)}
        layout={layout}
        value={value === null ? '' : String(value)}
        disabled={readOnly}
        onChange={(_, data) => {
          const chosen = options.find((o) => String(o.value) === data.value);
          if (chosen !== undefined) props.onChange(path, chosen.value);
        }}
      >
        {options.map((option) => (
          <Radio key={String(option.value)} value={String(option.value)} label={option.label} />
        ))}
      </RadioGroup>
    </Field>
  );
}

export const ChoiceField = memo(ChoiceFieldInner) as typeof ChoiceFieldInner;
