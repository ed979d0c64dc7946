import { Field, Textarea } from '@fluentui/react-components';
import { memo } from 'react';
import { fieldId } from './fieldIds';

/** Props of `NoteField`. */
export interface NoteFieldProps {
  readonly path: string;
  readonly label: string;
  readonly hint?: string;
  readonly value: string;
  readonly message?: string;
  readonly readOnly: boolean;
  readonly onChange: (path: string, value: string) => void;
}

/** A free text (comment, competence gap, lacking support), stored as typed. */
export const NoteField = memo(function NoteField(props: NoteFieldProps) {
  const { path, label, hint, value, message, readOnly } = props;
  return (
    <Field label={label} hint={hint} validationMessage={message} validationState={message ? 'error' : 'none'}>
      <Textarea
        id={fieldId(path)}
        value={value}
        readOnly={readOnly}
        resize="vertical"
        onChange={(_, data) => props.onChange(path, data.value)}
      />
    </Field>
  );
});
