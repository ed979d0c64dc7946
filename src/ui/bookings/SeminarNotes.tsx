import { useMemo } from 'react';
import { type Locale, type MunicipalityConfig, type SeminarNote } from '../../domain';
import { functionLabel } from '../dashboard/context';
import { bookingTranslator } from './bookingStrings';
import { useBookingStyles } from './useBookingStyles.styles';

/** Props of `SeminarNotes`. */
export interface SeminarNotesProps {
  /** One kontor's notes. */
  readonly notes: readonly SeminarNote[];
  /** For the stödfunktioner's names and order. */
  readonly config: MunicipalityConfig;
  readonly locale: Locale;
  /** The level of each function's heading, one below where the notes are placed. @default 3 */
  readonly headingLevel?: 3 | 4;
}

/**
 * What the project team noted from a kontor's seminars, per stödfunktion in the taxonomy's order with the general
 * notes (Allmänt) first: to read beside the kontor's figures.
 */
export function SeminarNotes({ notes, config, locale, headingLevel = 3 }: SeminarNotesProps) {
  const t = useMemo(() => bookingTranslator(locale), [locale]);
  const styles = useBookingStyles();
  const order = ['', ...config.taxonomy.functions.map((fn) => fn.id)];
  const rank = (id: string) => (order.includes(id) ? order.indexOf(id) : order.length);
  const groups = [...new Set(notes.map((n) => n.functionId ?? ''))].sort(
    (a, b) => rank(a) - rank(b) || (a < b ? -1 : 1),
  );
  if (notes.length === 0) return <p className={styles.note}>{t('notes.none')}</p>;
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  return (
    <div className={styles.section}>
      {groups.map((id) => (
        <section key={id} className={styles.section}>
          <Heading className={styles.subheading}>
            {id === '' ? t('notes.general') : functionLabel(config, id, locale)}
          </Heading>
          <ul className={styles.list}>
            {notes
              .filter((n) => (n.functionId ?? '') === id)
              .map((n) => (
                <li key={n.itemId} className={styles.item}>
                  <span className={styles.itemTitle}>{n.theme}</span>
                  <p className={styles.noteBody}>{n.body}</p>
                </li>
              ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
