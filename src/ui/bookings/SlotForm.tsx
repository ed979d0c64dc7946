import {
  Button,
  Checkbox,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Select,
} from '@fluentui/react-components';
import { useId, useMemo, useState } from 'react';
import {
  asAppError,
  isUpn,
  sessionKinds,
  slotProblems,
  stockholmInstant,
  translator,
  type BookingsView,
  type SessionKind,
  type TimeSlot,
} from '../../domain';
import { errorText } from '../common/errorText';
import { type BookingServices } from './bookingServices';
import { slotLabel, type Words } from './slotText';
import { withSlot } from './useBookings';
import { type useBookingStyles } from './useBookingStyles.styles';

/** Props of `SlotForm`. */
export interface SlotFormProps {
  readonly periodId: string;
  readonly view: BookingsView;
  readonly services: BookingServices;
  readonly words: Words;
  readonly styles: ReturnType<typeof useBookingStyles>;
  readonly onChange: (update: (view: BookingsView) => BookingsView) => void;
}

interface Draft {
  readonly kind: SessionKind;
  readonly date: string;
  readonly start: string;
  readonly end: string;
  readonly room: string;
  readonly online: boolean;
  readonly capacity: string;
  readonly host: string;
}

type FieldName = 'date' | 'end' | 'room' | 'capacity' | 'host';

/** The time a draft describes, and what is wrong with it, in words per field. */
function checked(draft: Draft, others: readonly TimeSlot[], words: Words) {
  const { t } = words;
  const start = stockholmInstant({ date: draft.date, time: draft.start });
  const end = stockholmInstant({ date: draft.date, time: draft.end });
  const room = draft.room.trim();
  const slot: Omit<TimeSlot, 'id'> = {
    kind: draft.kind,
    start: start ?? '',
    end: end ?? '',
    location: room === '' ? null : room,
    online: draft.online,
    capacity: draft.capacity.trim() === '' ? Number.NaN : Number(draft.capacity),
    hostUpn: draft.host.trim(),
  };
  const wrong: Partial<Record<FieldName, string>> = {};
  if (start === null || end === null) wrong.date = t('offer.noTime');
  if (!draft.online && room === '') wrong.room = t('offer.noPlace');
  if (!isUpn(slot.hostUpn)) wrong.host = t('offer.hostInvalid');
  const problems = start === null || end === null ? [] : slotProblems({ ...slot, id: '' }, others);
  for (const problem of problems) {
    if (problem.code === 'endNotAfterStart') wrong.end = t('offer.endNotAfterStart');
    if (problem.code === 'capacity') wrong.capacity = t('offer.capacityProblem');
    const busy = problem.code === 'hostBusy' ? others.find((o) => o.id === problem.slotId) : undefined;
    if (busy !== undefined)
      wrong.host ??= t('offer.hostBusy', { host: slot.hostUpn, slot: slotLabel(busy, words) });
  }
  if (!Number.isInteger(slot.capacity) || slot.capacity < 1) wrong.capacity = t('offer.capacityProblem');
  return { slot, wrong };
}

/** The project team offers a time: kind, Swedish date and clock times, room or Teams, capacity and host. */
export function SlotForm(props: SlotFormProps) {
  const { view, services, words, styles } = props;
  const { t, locale } = words;
  const common = useMemo(() => translator(locale), [locale]);
  const headingId = useId();
  const fresh: Draft = {
    kind: 'gruppseminarium',
    date: '',
    start: '09:00',
    end: '11:00',
    room: '',
    online: true,
    capacity: '8',
    host: services.upn,
  };
  const [draft, setDraft] = useState<Draft>(fresh);
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const [failure, setFailure] = useState<string | null>(null);

  const { slot, wrong } = checked(
    draft,
    view.slots.items.map((s) => s.slot),
    words,
  );
  const message = (field: FieldName) => {
    const text = wrong[field];
    return tried && text !== undefined ? { validationState: 'error' as const, validationMessage: text } : {};
  };
  const set = (change: Partial<Draft>) => setDraft((before) => ({ ...before, ...change }));

  const offer = async () => {
    setTried(true);
    setStatus('');
    if (Object.keys(wrong).length > 0 || busy) return;
    setBusy(true);
    setFailure(null);
    try {
      const offered = await services.offer(props.periodId, slot);
      props.onChange((before) => withSlot(before, offered));
      setStatus(t('offer.done', { slot: slotLabel(offered.slot, words) }));
      setDraft({ ...fresh, kind: draft.kind, date: draft.date, room: draft.room, host: draft.host });
      setTried(false);
    } catch (error) {
      setFailure(`${t('write.failed')} ${errorText(asAppError(error), common)}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.heading}>
        {t('offer.heading')}
      </h2>
      <div className={styles.fields}>
        <Field label={t('offer.kind')}>
          <Select value={draft.kind} onChange={(_e, data) => set({ kind: data.value as SessionKind })}>
            {sessionKinds.map((kind) => (
              <option key={kind} value={kind}>
                {t(`kind.${kind}`)}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t('offer.date')} required {...message('date')}>
          <Input type="date" value={draft.date} onChange={(_e, data) => set({ date: data.value })} />
        </Field>
        <Field label={t('offer.start')} required>
          <Input type="time" value={draft.start} onChange={(_e, data) => set({ start: data.value })} />
        </Field>
        <Field label={t('offer.end')} required {...message('end')}>
          <Input type="time" value={draft.end} onChange={(_e, data) => set({ end: data.value })} />
        </Field>
        <Field label={t('offer.room')} {...message('room')}>
          <Input value={draft.room} onChange={(_e, data) => set({ room: data.value })} />
        </Field>
        <Field label={t('offer.capacity')} required {...message('capacity')}>
          <Input
            type="number"
            min={1}
            step={1}
            value={draft.capacity}
            onChange={(_e, data) => set({ capacity: data.value })}
          />
        </Field>
        <Field label={t('offer.host')} required {...message('host')}>
          <Input type="email" value={draft.host} onChange={(_e, data) => set({ host: data.value })} />
        </Field>
        <Checkbox
          className={styles.wide}
          label={t('offer.online')}
          checked={draft.online}
          onChange={(_e, data) => set({ online: data.checked === true })}
        />
      </div>
      <div className={styles.actions}>
        <Button appearance="primary" disabledFocusable={busy} onClick={() => void offer()}>
          {busy ? t('busy') : t('offer.submit')}
        </Button>
      </div>
      {failure === null ? null : (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{failure}</MessageBarBody>
        </MessageBar>
      )}
      <div role="status" className={styles.status}>
        {status}
      </div>
    </section>
  );
}
