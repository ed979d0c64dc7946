import { Badge, Button, Field, Link, ProgressBar } from '@fluentui/react-components';
import {
  daysLeft,
  formatDate,
  inventoryProgress,
  type Inventory,
  type Locale,
  type MunicipalityConfig,
  type Period,
  type Translate,
  type Unit,
} from '../../domain';
import { routeHash } from '../app/route';
import { ReviewNotice } from '../form/ReviewNotice';
import { type useStartPageStyles } from './useStartPageStyles.styles';

/** Props of `UnitCard`. */
export interface UnitCardProps {
  readonly unit: Unit;
  readonly inventory: Inventory;
  readonly period: Period;
  readonly config: MunicipalityConfig;
  /** Today, as an ISO instant (days left are counted in Swedish dates). */
  readonly now: string;
  readonly t: Translate;
  readonly locale: Locale;
  readonly styles: ReturnType<typeof useStartPageStyles>;
  readonly onOpen: (unitId: string) => void;
}

/** The days left to a period's closing day, in words. */
export function daysLeftText(left: number, t: Translate): string {
  if (left < 0) return t('start.closed');
  if (left === 0) return t('start.lastDay');
  return left === 1 ? t('start.oneDayLeft') : t('start.daysLeft', { days: left });
}

/**
 * One unit's inventory on the start page: period and closing date with the days left, the status as the domain
 * computes it (in words, with a badge), progress, the reviewer's comment on a returned inventory, and the way in.
 */
export function UnitCard(props: UnitCardProps) {
  const { unit, inventory, period, config, now, t, locale, styles, onOpen } = props;
  const progress = inventoryProgress(inventory, { config, unit });
  const editable = inventory.status !== 'submitted' && inventory.status !== 'approved';
  const action = !editable
    ? t('start.view', { unit: unit.name })
    : inventory.status === 'notStarted'
      ? t('start.open', { unit: unit.name })
      : t('start.continue', { unit: unit.name });
  const headingId = `unit-${unit.id}`;
  const left = daysLeft(period, now);
  return (
    <section aria-labelledby={headingId} className={styles.card}>
      <h2 id={headingId} className={styles.cardHeading}>
        {unit.name}
      </h2>
      <dl className={styles.facts}>
        <dt className={styles.term}>{t('start.period')}</dt>
        <dd className={styles.value}>{period.name[locale]}</dd>
        <dt className={styles.term}>{t('start.closesOn')}</dt>
        <dd className={styles.value}>
          {formatDate(period.closesOn, locale, { style: 'long' })} ({daysLeftText(left, t)})
        </dd>
        <dt className={styles.term}>{t('start.status')}</dt>
        <dd className={styles.value}>
          <Badge
            appearance="tint"
            shape="rounded"
            color={
              inventory.status === 'approved'
                ? 'success'
                : inventory.status === 'returned'
                  ? 'warning'
                  : inventory.status === 'submitted'
                    ? 'brand'
                    : 'informative'
            }
          >
            {t(`status.${inventory.status}`)}
          </Badge>
        </dd>
        {progress.firstLine !== 'notRequired' && (
          <>
            <dt className={styles.term}>{t('start.firstLine')}</dt>
            <dd className={styles.value}>
              {progress.firstLine === 'complete'
                ? t('start.firstLineComplete')
                : t('start.firstLineIncomplete')}
            </dd>
          </>
        )}
      </dl>
      <Field
        label={t('start.progress')}
        hint={t('start.progressValue', { answered: progress.answered, total: progress.total })}
      >
        <ProgressBar
          className={styles.progress}
          value={progress.answered}
          max={progress.total}
          thickness="large"
        />
      </Field>
      <ReviewNotice inventory={inventory} t={t} locale={locale} heading="h3" />
      <Button appearance="primary" className={styles.action} onClick={() => onOpen(unit.id)}>
        {action}
      </Button>
      {editable ? null : (
        <Link href={routeHash({ page: 'comparison', unitId: unit.id })}>
          {t('start.comparison', { unit: unit.name })}
        </Link>
      )}
    </section>
  );
}
