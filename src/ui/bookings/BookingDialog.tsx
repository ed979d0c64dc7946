import {
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
} from '@fluentui/react-components';
import { useId, useState } from 'react';
import { type Booking, type BookingProblem, type Invitee, type TimeSlot } from '../../domain';
import { placeText, problemText, slotLabel, type Words } from './slotText';
import { type useBookingStyles } from './useBookingStyles.styles';
import { useDialogAction } from './useDialogAction';

/** What the dialog books: a chosen time for managers to tick, or another time for a booking's managers. */
export type BookingChoice =
  | { readonly kind: 'book'; readonly slot: TimeSlot; readonly bookable: readonly Invitee[] }
  | { readonly kind: 'rebook'; readonly booking: Booking; readonly slots: readonly TimeSlot[] };

/** Props of `BookingDialog`. */
export interface BookingDialogProps {
  /** Kept mounted while it closes, so that Fluent can hand focus back and end its animation. */
  readonly open: boolean;
  readonly choice: BookingChoice;
  readonly words: Words;
  readonly styles: ReturnType<typeof useBookingStyles>;
  /** What stands in the way of booking `slot` for `managers` (`bookingProblems`). */
  readonly problems: (slot: TimeSlot, managers: readonly Invitee[]) => BookingProblem[];
  /** Every time the page knows, to name the one a manager is already booked for. */
  readonly slots: readonly TimeSlot[];
  /** Books; resolves with what to tell the kontorschef when it did not, else `null`, and the dialog closes. */
  readonly onSubmit: (slot: TimeSlot, managers: readonly Invitee[]) => Promise<string | null>;
  readonly onClose: () => void;
}

/**
 * Booking a time, or moving a booking to another: the managers to invite (or the time to move to), and what stands
 * in the way in words that name the person and the time, before anything is written.
 */
export function BookingDialog(props: BookingDialogProps) {
  const { choice, words, styles } = props;
  const { t } = words;
  const legendId = useId();
  const [slotId, setSlotId] = useState(choice.kind === 'book' ? choice.slot.id : '');
  const [ticked, setTicked] = useState<ReadonlySet<string>>(new Set());
  const [tried, setTried] = useState(false);
  const { busy, failure, run } = useDialogAction(props.onClose);

  const slot = choice.kind === 'book' ? choice.slot : choice.slots.find((s) => s.id === slotId);
  const people = choice.kind === 'book' ? choice.bookable : choice.booking.managers;
  const managers = choice.kind === 'book' ? people.filter((m) => ticked.has(m.upn)) : people;
  const problems = slot === undefined ? [] : props.problems(slot, managers);

  const title =
    choice.kind === 'book'
      ? t('book.title', { slot: slotLabel(choice.slot, words) })
      : t('rebook.title', { slot: slotLabel(choice.booking.slot, words) });

  const submit = async () => {
    setTried(true);
    if (slot === undefined || problems.length > 0 || busy) return;
    await run(() => props.onSubmit(slot, managers));
  };

  return (
    <Dialog
      open={props.open}
      modalType="modal"
      onOpenChange={(_e, data) => !data.open && !busy && props.onClose()}
    >
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{title}</DialogTitle>
          <DialogContent className={styles.section}>
            {choice.kind === 'book' ? (
              <fieldset className={styles.fieldset}>
                <legend className={styles.legend}>{t('managers')}</legend>
                {choice.bookable.length === 0 ? <p className={styles.note}>{t('managers.none')}</p> : null}
                {choice.bookable.map((m) => (
                  <Checkbox
                    key={m.upn}
                    label={m.name}
                    checked={ticked.has(m.upn)}
                    onChange={(_e, data) =>
                      setTicked((before) => {
                        const next = new Set(before);
                        if (data.checked === true) next.add(m.upn);
                        else next.delete(m.upn);
                        return next;
                      })
                    }
                  />
                ))}
              </fieldset>
            ) : (
              <div className={styles.fieldset}>
                <span id={legendId} className={styles.legend}>
                  {t('newTime')}
                </span>
                {choice.slots.length === 0 ? <p className={styles.note}>{t('newTime.none')}</p> : null}
                <RadioGroup
                  aria-labelledby={legendId}
                  value={slotId}
                  onChange={(_e, data) => setSlotId(data.value)}
                >
                  {choice.slots.map((s) => (
                    <Radio key={s.id} value={s.id} label={`${slotLabel(s, words)}, ${placeText(s, words)}`} />
                  ))}
                </RadioGroup>
              </div>
            )}
            {tried && (problems.length > 0 || slot === undefined) ? (
              <MessageBar intent="warning" layout="multiline">
                <MessageBarBody>
                  {t('problems')}
                  <ul className={styles.problems}>
                    {slot === undefined ? <li>{t('newTime.missing')}</li> : null}
                    {problems.map((p) => (
                      <li key={`${p.code}:${'upn' in p ? p.upn : ''}`}>
                        {problemText(p, { ...words, people, slots: props.slots })}
                      </li>
                    ))}
                  </ul>
                </MessageBarBody>
              </MessageBar>
            ) : null}
            {failure === null ? null : (
              <MessageBar intent="error" layout="multiline">
                <MessageBarBody>{failure}</MessageBarBody>
              </MessageBar>
            )}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" disabledFocusable={busy} onClick={() => void submit()}>
              {busy ? t('busy') : t(choice.kind === 'book' ? 'book.confirm' : 'rebook.confirm')}
            </Button>
            <Button disabledFocusable={busy} onClick={props.onClose}>
              {t('close')}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
