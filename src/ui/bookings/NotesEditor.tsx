import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Select,
  Textarea,
  useRestoreFocusTarget,
} from '@fluentui/react-components';
import { useEffect, useId, useMemo, useState } from 'react';
import {
  asAppError,
  translator,
  type BookingsView,
  type MunicipalityConfig,
  type NoteText,
  type SeminarNote,
} from '../../domain';
import { errorText } from '../common/errorText';
import { functionLabel } from '../dashboard/context';
import { type BookingServices } from './bookingServices';
import { ConfirmDialog } from './ConfirmDialog';
import { type Words } from './slotText';
import { withNote, withoutNote } from './useBookings';
import { type useBookingStyles } from './useBookingStyles.styles';

/** Props of `NotesEditor`. */
export interface NotesEditorProps {
  readonly periodId: string;
  readonly view: BookingsView;
  readonly services: BookingServices;
  readonly config: MunicipalityConfig;
  readonly words: Words;
  readonly styles: ReturnType<typeof useBookingStyles>;
  readonly onChange: (update: (view: BookingsView) => BookingsView) => void;
  /** Reads the page again, after SharePoint refused a change made on what was read before. */
  readonly onReload: () => Promise<void>;
}

const empty = { functionId: '', theme: '', body: '' };

/** The project team records, changes and removes what a kontor's seminars brought up, per stödfunktion and theme. */
export function NotesEditor(props: NotesEditorProps) {
  const { view, services, config, words, styles } = props;
  const { t, locale } = words;
  const common = useMemo(() => translator(locale), [locale]);
  const headingId = useId();
  const kontor = view.units
    .filter((u) => u.kind === 'kontor')
    .sort((a, b) => a.name.localeCompare(b.name, 'sv'));
  const [kontorId, setKontorId] = useState(kontor[0]?.id ?? '');
  const [editing, setEditing] = useState<SeminarNote | null>(null);
  const [draft, setDraft] = useState(empty);
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const [removing, setRemoving] = useState<SeminarNote | null>(null);
  const [open, setOpen] = useState(false);
  const [openings, setOpenings] = useState(0);
  const [removed, setRemoved] = useState(false);
  const restoreFocus = useRestoreFocusTarget();
  // The button that opened the dialog goes with the note: focus goes to the notes' heading rather than nowhere.
  useEffect(() => {
    if (!removed || open) return;
    document.getElementById(headingId)?.focus();
    setRemoved(false);
  }, [removed, open, headingId]);

  const notes = view.notes.items.filter((n) => n.kontorId === kontorId);
  const label = (functionId: string | null) =>
    functionId === null ? t('notes.general') : functionLabel(config, functionId, locale);
  const missing = (text: string, key: 'notes.themeMissing' | 'notes.bodyMissing') =>
    tried && text.trim() === '' ? { validationState: 'error' as const, validationMessage: t(key) } : {};
  const edit = (note: SeminarNote | null) => {
    setEditing(note);
    setDraft(
      note === null ? empty : { functionId: note.functionId ?? '', theme: note.theme, body: note.body },
    );
    setTried(false);
  };
  /** A write's failure in words; a conflict means the page's copy is old, so it is read again. */
  const refusal = async (error: unknown): Promise<string> => {
    const appError = asAppError(error);
    if (appError.code !== 'conflict') return `${t('write.failed')} ${errorText(appError, common)}`;
    await props.onReload().catch(() => undefined);
    return t('write.conflict');
  };

  const save = async () => {
    setTried(true);
    setStatus('');
    if (draft.theme.trim() === '' || draft.body.trim() === '' || busy) return;
    setBusy(true);
    setFailure(null);
    const text: NoteText = {
      functionId: draft.functionId === '' ? null : draft.functionId,
      theme: draft.theme,
      body: draft.body,
      slotId: editing?.slotId ?? null,
    };
    try {
      const saved =
        editing === null
          ? await services.store.addNote({ ...text, periodId: props.periodId, kontorId })
          : await services.store.updateNote(editing, text);
      props.onChange((before) => withNote(before, saved));
      setStatus(t('notes.saved', { theme: saved.theme }));
      edit(null);
    } catch (error) {
      setFailure(await refusal(error));
    } finally {
      setBusy(false);
    }
  };
  const remove = async (note: SeminarNote): Promise<string | null> => {
    try {
      await services.store.removeNote(note);
      props.onChange((before) => withoutNote(before, note));
      if (editing?.itemId === note.itemId) edit(null);
      setRemoved(true);
      return null;
    } catch (error) {
      return refusal(error);
    }
  };

  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <h2 id={headingId} tabIndex={-1} className={styles.heading}>
        {t('notes.heading')}
      </h2>
      {kontor.length === 0 ? <p className={styles.note}>{t('notes.noKontor')}</p> : null}
      <Field label={t('notes.kontor')}>
        <Select
          value={kontorId}
          onChange={(_e, data) => {
            setKontorId(data.value);
            edit(null);
          }}
        >
          {kontor.map((k) => (
            <option key={k.id} value={k.id}>
              {k.name}
            </option>
          ))}
        </Select>
      </Field>
      {notes.length === 0 ? <p className={styles.note}>{t('notes.none')}</p> : null}
      <ul className={styles.list}>
        {notes.map((note) => (
          <li key={note.itemId} className={styles.item}>
            <span className={styles.itemTitle}>
              {label(note.functionId)}: {note.theme}
            </span>
            <p className={styles.noteBody}>{note.body}</p>
            <span className={styles.actions}>
              <Button aria-label={`${t('notes.edit')} ${note.theme}`} onClick={() => edit(note)}>
                {t('notes.edit')}
              </Button>
              <Button
                aria-label={`${t('notes.remove')} ${note.theme}`}
                {...restoreFocus}
                onClick={() => {
                  setRemoving(note);
                  setOpen(true);
                  setOpenings((n) => n + 1);
                }}
              >
                {t('notes.remove')}
              </Button>
            </span>
          </li>
        ))}
      </ul>
      {editing === null ? null : (
        <p className={styles.note}>{t('notes.editing', { theme: editing.theme })}</p>
      )}
      <div className={styles.fields}>
        <Field label={t('notes.function')}>
          <Select
            value={draft.functionId}
            onChange={(_e, data) => setDraft({ ...draft, functionId: data.value })}
          >
            <option value="">{t('notes.general')}</option>
            {config.taxonomy.functions.map((fn) => (
              <option key={fn.id} value={fn.id}>
                {fn.label[locale]}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t('notes.theme')} required {...missing(draft.theme, 'notes.themeMissing')}>
          <Input
            maxLength={255}
            value={draft.theme}
            onChange={(_e, data) => setDraft({ ...draft, theme: data.value })}
          />
        </Field>
        <Field
          className={styles.wide}
          label={t('notes.body')}
          required
          {...missing(draft.body, 'notes.bodyMissing')}
        >
          <Textarea
            resize="vertical"
            maxLength={4000}
            value={draft.body}
            onChange={(_e, data) => setDraft({ ...draft, body: data.value })}
          />
        </Field>
      </div>
      <div className={styles.actions}>
        <Button appearance="primary" disabledFocusable={busy || kontorId === ''} onClick={() => void save()}>
          {busy ? t('busy') : t(editing === null ? 'notes.add' : 'notes.update')}
        </Button>
        {editing === null ? null : <Button onClick={() => edit(null)}>{t('notes.stopEditing')}</Button>}
      </div>
      {failure === null ? null : (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{failure}</MessageBarBody>
        </MessageBar>
      )}
      <div role="status" className={styles.status}>
        {status}
      </div>
      {removing === null ? null : (
        <ConfirmDialog
          key={openings}
          open={open}
          title={t('notes.removeTitle', { theme: removing.theme })}
          body={t('notes.removeBody')}
          confirm={t('notes.remove')}
          busy={t('busy')}
          keep={t('notes.keep')}
          styles={styles}
          onConfirm={() => remove(removing)}
          onClose={() => setOpen(false)}
        />
      )}
    </section>
  );
}
