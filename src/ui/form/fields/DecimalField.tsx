import { Field, Input } from '@fluentui/react-components';
import { memo, useState, type ChangeEvent } from 'react';
import { formatNumber, parseDecimal, parseInteger, type Locale } from '../../../domain';
import { fieldId } from './fieldIds';

/** Props of `DecimalField`. */
export interface DecimalFieldProps {
  /** The value's validation path; also its DOM id. */
  readonly path: string;
  readonly label: string;
  readonly hint?: string;
  /** The stored number, `null` when not answered. */
  readonly value: number | null;
  /** Text typed earlier that is not a number yet (restored from the backup). */
  readonly unparsed?: string;
  /** What is wrong, in words, or `undefined`. */
  readonly message?: string;
  /** Whole numbers only. @default false */
  readonly integer?: boolean;
  readonly locale: Locale;
  readonly readOnly: boolean;
  /** A number was typed (or the field emptied: `null`). */
  readonly onValue: (path: string, value: number | null) => void;
  /** Text that is not a number was typed (`null`: the field reads again). */
  readonly onUnparsed: (path: string, text: string | null) => void;
}

// Enough digits that any number a person types (0,125 årsarbetare) shows again as typed.
const display = (value: number | null, locale: Locale): string =>
  value === null ? '' : formatNumber(value, locale, { maximumFractionDigits: 6 });

/**
 * A number typed the Swedish way (`0,5`, `1 234,5`; a point works too) or the English way, read by the domain's
 * `parseDecimal`. The text stays as typed while the field has the focus, so `0,0` on the way to `0,05` is not
 * rewritten; its message shows once the manager leaves the field, not at every keystroke (it is an alert).
 */
export const DecimalField = memo(function DecimalField(props: DecimalFieldProps) {
  const { path, label, hint, value, unparsed, message, integer = false, locale, readOnly } = props;
  const [text, setText] = useState(() => unparsed ?? display(value, locale));
  const [editing, setEditing] = useState(false);
  // The value this field last reported (set in its change handler): a new value that is not it came from
  // outside (a merge, the saved version) and replaces the text; the field's own value leaves the text as typed.
  const [reported, setReported] = useState(value);
  const [seen, setSeen] = useState(value);
  if (value !== seen) {
    setSeen(value);
    if (value !== reported) {
      setReported(value);
      setText(display(value, locale));
    }
  }

  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    const typed = event.target.value;
    setText(typed);
    setEditing(true);
    if (typed.trim() === '') {
      setReported(null);
      props.onUnparsed(path, null);
      props.onValue(path, null);
      return;
    }
    const parsed = integer ? parseInteger(typed, { locale }) : parseDecimal(typed, { locale });
    if (parsed.ok) {
      setReported(parsed.value);
      props.onUnparsed(path, null);
      props.onValue(path, parsed.value);
    } else {
      props.onUnparsed(path, typed);
    }
  };

  const shown = editing ? undefined : message;
  return (
    <Field label={label} hint={hint} validationMessage={shown} validationState={shown ? 'error' : 'none'}>
      <Input
        id={fieldId(path)}
        value={text}
        onChange={onChange}
        onBlur={() => setEditing(false)}
        readOnly={readOnly}
        // A phone shows its number pad with the decimal separator; `type="number"` would refuse the comma.
        inputMode={integer ? 'numeric' : 'decimal'}
        autoComplete="off"
      />
    </Field>
  );
});
