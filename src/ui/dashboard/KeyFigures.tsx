import { shareText, decimalText } from './figureText';
import { type SectionProps } from './context';
import { Definition, figureLabel } from './Definition';

/** The area's key figures: support FTE, per 100 employees with the share they rest on, and who has answered. */
export function KeyFigures(props: SectionProps) {
  const { area, t, locale, styles } = props;
  const { progress } = area;
  const figures = [
    { id: 'supportFte' as const, value: decimalText(area.support.arsarbetare, locale) },
    {
      id: 'supportPer100' as const,
      value: area.support.per100Employees === null ? '–' : decimalText(area.support.per100Employees, locale),
      note: t('key.employees', { share: shareText(area.reportingEmployeeShare, locale) }),
    },
    {
      id: 'progress' as const,
      value: shareText(progress.share, locale),
      note: t('key.reporting', {
        reporting: progress.submittedOrApproved,
        total: progress.total,
        share: shareText(progress.share, locale),
        vacant: progress.vacant,
      }),
    },
  ];
  return (
    <section className={styles.section} aria-labelledby="key-figures">
      <h2 id="key-figures" className={styles.heading}>
        {t('key.heading')}
      </h2>
      <dl className={styles.keyFigures}>
        {figures.map((figure) => (
          <div key={figure.id} className={styles.keyFigure}>
            <dt>{figureLabel(figure.id, locale)}</dt>
            <dd className={styles.keyValue}>{figure.value}</dd>
            {figure.note === undefined ? null : <dd className={styles.note}>{figure.note}</dd>}
            <dd className={styles.note}>
              <Definition id={figure.id} locale={locale} className={styles.note} />
            </dd>
          </div>
        ))}
      </dl>
      {area.reportingFromLastApproval > 0 ? (
        <p className={styles.note}>{t('lastApproval', { count: area.reportingFromLastApproval })}</p>
      ) : null}
    </section>
  );
}
