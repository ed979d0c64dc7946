import { Checkbox, Field, FieldContextProvider, makeStyles, tokens, useId } from '@fluentui/react-components';
import { memo } from 'react';
import { type SupportLocation } from '../../../domain';
import { fieldId } from './fieldIds';

/** Props of `LocationsField`. */
export interface LocationsFieldProps {
  readonly path: string;
  readonly label: string;
  readonly hint?: string;
  readonly options: readonly { readonly value: SupportLocation; readonly label: string }[];
  readonly value: readonly SupportLocation[];
  readonly message?: string;
  readonly readOnly: boolean;
  readonly onChange: (path: string, value: readonly SupportLocation[]) => void;
}

const useStyles = makeStyles({
  group: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
});

/**
 * Where the support received sits, several allowed: a group of checkboxes. Fluent's Field labels one control,
 * so the group is named by the Field's label and described by its hint and message through their ids, and the
 * checkboxes are kept out of the Field's context.
 */
export const LocationsField = memo(function LocationsField(props: LocationsFieldProps) {
  const { path, label, hint, options, value, message, readOnly } = props;
  const styles = useStyles();
  const base = useId('locations-');
  const ids = { label: `${base}-label`, hint: `${base}-hint`, message: `${base}-message` };
  const describedBy = [hint && ids.hint, message && ids.message].filter(Boolean).join(' ') || undefined;
  return (
    <Field
      // reason: the label names the group below, not a single control, so it points at none (`htmlFor`).
      label={{ id: ids.label, htmlFor: undefined, children: label }}
      hint={hint === undefined ? undefined : { id: ids.hint, children: hint }}
      validationMessage={message === undefined ? undefined : { id: ids.message, children: message }}
      validationState={message ? 'error' : 'none'}
    >
      <div
        id={fieldId(path)}
        role="group"
        aria-labelledby={ids.label}
        aria-describedby={describedBy}
        className={styles.group}
      >
        {/* reason: each checkbox is named by its own label; without this, Field would give every one of them
            its control id and label (Fluent's Field labels a single control). */}
        <FieldContextProvider value={undefined}>
          {options.map((option) => (
            <Checkbox
              key={option.value}
              label={option.label}
              checked={value.includes(option.value)}
              disabled={readOnly}
              onChange={(_, data) => {
                const next =
                  data.checked === true
                    ? [...value.filter((v) => v !== option.value), option.value]
                    : value.filter((v) => v !== option.value);
                props.onChange(path, next);
              }}
            />
          ))}
        </FieldContextProvider>
      </div>
    </Field>
  );
});
