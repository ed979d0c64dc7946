import { Link, MessageBar, MessageBarBody, Text } from '@fluentui/react-components';
import { type ReactNode } from 'react';
import {
  emptyInventory,
  formatDate,
  swedishDate,
  type Inventory,
  type Locale,
  type ManagerForm,
  type Period,
  type Translate,
} from '../../domain';
import { routeHash } from '../app/route';
import { UnitCard } from './UnitCard';
import { useStartPageStyles } from './useStartPageStyles.styles';

/** Props of `StartPage`. */
export interface StartPageProps {
  /** What `loadMine` gave: configuration, periods, the open period, the manager's units. */
  readonly form: ManagerForm;
  /** The latest known inventory of each unit in the open period (stored or just saved), by unit id. */
  readonly inventories: ReadonlyMap<string, Inventory>;
  readonly upn: string;
  /** Now, as an ISO instant. */
  readonly now: string;
  readonly t: Translate;
  readonly locale: Locale;
  readonly onOpen: (unitId: string) => void;
  readonly onOpenEarlier: (periodId: string, unitId: string) => void;
  /** What a reviewer reviews ("Att granska"), below their own units; nothing for anyone else. */
  readonly review?: ReactNode;
}

/** Periods that opened before the open one (or before today between rounds), newest first. */
function earlierPeriods(periods: readonly Period[], current: Period | null, now: string): Period[] {
  const today = swedishDate(now);
  return periods
    .filter(
      (p) => p.id !== current?.id && p.opensOn <= today && (current === null || p.opensOn < current.opensOn),
    )
    .sort((a, b) => b.opensOn.localeCompare(a.opensOn));
}

/**
 * The manager's start page: who is signed in, their unit(s) in the open period with status, progress and days
 * left (a manager of several units picks one here), a link to each unit's answers to a consultation round open
 * (in a period or after it), and their earlier periods to read.
 */
export function StartPage(props: StartPageProps) {
  const { form, inventories, upn, now, t, locale, onOpen, onOpenEarlier, review } = props;
  const styles = useStartPageStyles();
  const { period, units, config } = form;
  const earlier = earlierPeriods(form.periods, period, now);
  return (
    <div className={styles.root}>
      <h1 tabIndex={-1} className={styles.title}>
        {t('app.name')}
      </h1>
      <Text as="p" block weight="semibold" className={styles.intro}>
        {t('shell.tagline')}
      </Text>
      <Text as="p" block className={styles.intro}>
        {t('shell.intro')}
      </Text>
      <Text as="p" block size={200}>
        {t('app.signedInAs', { upn })}
      </Text>
      {units.length === 0 && review === undefined && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{t('start.noUnits')}</MessageBarBody>
        </MessageBar>
      )}
      {units.length > 0 && period === null && (
        <MessageBar intent="info">
          <MessageBarBody>{t('start.noPeriod')}</MessageBarBody>
        </MessageBar>
      )}
      {period !== null && units.length > 1 && (
        <Text as="p" block className={styles.intro}>
          {t('start.pickUnit', { count: units.length })}
        </Text>
      )}
      {period !== null && units.length > 0 && (
        <div className={styles.cards}>
          {units.map((unit) => (
            <UnitCard
              key={unit.id}
              unit={unit}
              inventory={inventories.get(unit.id) ?? emptyInventory(unit, period.id)}
              period={period}
              config={config}
              now={now}
              t={t}
              locale={locale}
              styles={styles}
              onOpen={onOpen}
            />
          ))}
        </div>
      )}
      {form.rounds.length > 0 && units.length > 0 && (
        <ul className={styles.history}>
          {form.rounds.flatMap((round) =>
            units.map((unit) => (
              <li key={`${round.id}:${unit.id}`} className={styles.historyItem}>
                <Link href={routeHash({ page: 'answerRound', roundId: round.id, unitId: unit.id })}>
                  {t('start.round', {
                    name: round.name,
                    unit: unit.name,
                    date: formatDate(round.closesOn, locale, { style: 'long' }),
                  })}
                </Link>
              </li>
            )),
          )}
        </ul>
      )}
      {review}
      {units.length > 0 && (
        <section aria-labelledby="earlier-heading">
          <h2 id="earlier-heading" className={styles.sectionHeading}>
            {t('start.earlierHeading')}
          </h2>
          {earlier.length === 0 ? (
            <Text as="p" block>
              {t('start.earlierNone')}
            </Text>
          ) : (
            <ul className={styles.history}>
              {earlier.flatMap((p) =>
                units.map((unit) => (
                  <li key={`${p.id}:${unit.id}`} className={styles.historyItem}>
                    <Link as="button" onClick={() => onOpenEarlier(p.id, unit.id)}>
                      {t('start.earlierView', { unit: unit.name, period: p.name[locale] })}
                    </Link>
                  </li>
                )),
              )}
            </ul>
          )}
        </section>
      )}
    </div>
  );
}
