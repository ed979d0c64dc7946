import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import {
  asAppError,
  type AppError,
  type Locale,
  type MunicipalityConfig,
  type SeminarNote,
  type Translate,
} from '../../domain';
import { SeminarNotes } from '../bookings/SeminarNotes';
import { errorText } from '../common/errorText';
import { type ManagerServices } from '../services';
import { type ReviewTranslate } from './reviewStrings';
import { type useReviewStyles } from './useReviewStyles.styles';

type Notes =
  | { readonly kind: 'loading' }
  | { readonly kind: 'failed'; readonly error: AppError }
  | { readonly kind: 'loaded'; readonly byKontor: ReadonlyMap<string, readonly SeminarNote[]> };

/**
 * What the project team noted from each kontor's seminars, beside the kontor's progress: those of every kontor
 * the reader may read (SharePoint's folders decide: a kontor's head and its sektor's, and the project team), one
 * request after the list has appeared. Nothing shows until there is a note; a failed read says so and leaves the
 * rest of the page as it is.
 */
export function SeminarNotesSection(props: {
  services: ManagerServices;
  periodId: string;
  config: MunicipalityConfig;
  /** A kontor's name by its id. */
  nameOf: (kontorId: string) => string;
  locale: Locale;
  t: Translate;
  tr: ReviewTranslate;
  styles: ReturnType<typeof useReviewStyles>;
}) {
  const { services, periodId, config, nameOf, locale, t, tr, styles } = props;
  const [notes, setNotes] = useState<Notes>({ kind: 'loading' });
  useEffect(() => {
    let current = true;
    services
      .bookings()
      .then((b) => b.store.listNotes(periodId, null))
      .then(
        ({ items }) => {
          const byKontor = new Map<string, SeminarNote[]>();
          for (const note of items)
            byKontor.set(note.kontorId, [...(byKontor.get(note.kontorId) ?? []), note]);
          if (current) setNotes({ kind: 'loaded', byKontor });
        },
        (error: unknown) => current && setNotes({ kind: 'failed', error: asAppError(error) }),
      );
    return () => {
      current = false;
    };
  }, [services, periodId]);
  if (notes.kind === 'loading' || (notes.kind === 'loaded' && notes.byKontor.size === 0)) return null;
  return (
    <section aria-labelledby="review-notes" className={styles.section}>
      <h2 id="review-notes" className={styles.h2}>
        {tr('notes.heading')}
      </h2>
      {notes.kind === 'failed' ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            {tr('notes.failed')} {errorText(notes.error, t)}
          </MessageBarBody>
        </MessageBar>
      ) : (
        [...notes.byKontor]
          .sort(([a], [b]) => nameOf(a).localeCompare(nameOf(b), 'sv'))
          .map(([kontorId, kontorNotes]) => (
            <section key={kontorId} aria-labelledby={`review-notes-${kontorId}`} className={styles.section}>
              <h3 id={`review-notes-${kontorId}`} className={styles.h3}>
                {nameOf(kontorId)}
              </h3>
              <SeminarNotes notes={kontorNotes} config={config} locale={locale} headingLevel={4} />
            </section>
          ))
      )}
    </section>
  );
}
