import { roundParts, staffLocations, supportLocations } from '../../domain';
import { type SectionProps } from './context';
import { Definition, figureLabel } from './Definition';
import { decimalText, meanText, shareText } from './figureText';

/** Where the support staff sit and where units say their support comes from: two figures, named apart. */
export function LocationTable(props: SectionProps) {
  const { area, config, t, locale, styles } = props;
  const staff = roundParts(
    staffLocations.map((l) => area.support.staffLocation[l]),
    1,
  );
  // Units naming each location, over every function: how often a unit gets a function's support from there.
  const received = supportLocations.map((l) =>
    area.functions.reduce((sum, fn) => sum + fn.receivedFrom[l], 0),
  );
  return (
    <section className={styles.section} aria-labelledby="location">
      <h2 id="location" className={styles.heading}>
        {t('location.heading')}
      </h2>
      <div className={styles.tableBox} tabIndex={0} role="region" aria-labelledby="location">
        <table className={styles.table} aria-labelledby="location">
          <thead>
            <tr>
              <th scope="col">{t('location.where')}</th>
              <th scope="col" className="number">
                {figureLabel('staffLocation', locale)}
              </th>
              <th scope="col" className="number">
                {figureLabel('receivedFrom', locale)}
              </th>
            </tr>
          </thead>
          <tbody>
            {supportLocations.map((location, i) => {
              const staffIndex = staffLocations.indexOf(location as (typeof staffLocations)[number]);
              return (
                <tr key={location}>
                  <th scope="row">
                    {config.locations.find((l) => l.id === location)?.label[locale] ?? location}
                  </th>
                  <td className="number">
                    {staffIndex === -1 ? '–' : decimalText(staff[staffIndex] ?? 0, locale)}
                  </td>
                  <td className="number">{received[i]}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <Definition id="staffLocation" locale={locale} className={styles.note} />
      <Definition id="receivedFrom" locale={locale} className={styles.note} />
    </section>
  );
}

/** The first-line managers' administrative hours by category and their span of control, with n. */
export function FirstLineTable(props: SectionProps) {
  const { area, config, t, locale, styles } = props;
  const { firstLine } = area;
  return (
    <section className={styles.section} aria-labelledby="first-line">
      <h2 id="first-line" className={styles.heading}>
        {t('firstLine.heading')}
      </h2>
      <p className={styles.note}>{t('firstLine.respondents', { count: firstLine.respondents })}</p>
      <div className={styles.tableBox} tabIndex={0} role="region" aria-labelledby="first-line">
        <table className={styles.table} aria-labelledby="first-line">
          <thead>
            <tr>
              <th scope="col">{t('firstLine.category')}</th>
              <th scope="col">{t('firstLine.hours')}</th>
            </tr>
          </thead>
          <tbody>
            {config.adminHourCategories.map((category) => (
              <tr key={category.id}>
                <th scope="row">{category.label[locale]}</th>
                <td>{meanText(firstLine.adminHours[category.id] ?? { n: 0, value: null }, { t, locale })}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('firstLine.total')}</th>
              <td>{meanText(firstLine.adminHoursTotal, { t, locale })}</td>
            </tr>
            <tr>
              <th scope="row">{figureLabel('medarbetarspann', locale)}</th>
              <td>
                {meanText(
                  { n: firstLine.medarbetarspann.n, value: firstLine.medarbetarspann.mean },
                  { t, locale },
                )}
              </td>
            </tr>
            <tr>
              <th scope="row">{figureLabel('chefsnaraStod', locale)}</th>
              <td>{decimalText(firstLine.chefsnaraStodArsarbetare, locale)}</td>
            </tr>
          </tfoot>
        </table>
      </div>
      <Definition id="adminHours" locale={locale} className={styles.note} />
    </section>
  );
}

/** The sectors side by side: support FTE, per 100 employees, the share that answered. */
export function SectorComparison(props: SectionProps) {
  const { aggregate, t, locale, styles } = props;
  const shown = roundParts(
    aggregate.sektorer.map((s) => s.support.arsarbetare),
    1,
  );
  return (
    <section className={styles.section} aria-labelledby="sectors">
      <h2 id="sectors" className={styles.heading}>
        {t('sectors.heading')}
      </h2>
      <div className={styles.tableBox} tabIndex={0} role="region" aria-labelledby="sectors">
        <table className={styles.table} aria-labelledby="sectors">
          <thead>
            <tr>
              <th scope="col">{t('sectors.sektor')}</th>
              <th scope="col" className="number">
                {figureLabel('supportFte', locale)}
              </th>
              <th scope="col" className="number">
                {figureLabel('supportPer100', locale)}
              </th>
              <th scope="col" className="number">
                {figureLabel('reportingEmployeeShare', locale)}
              </th>
              <th scope="col" className="number">
                {figureLabel('progress', locale)}
              </th>
            </tr>
          </thead>
          <tbody>
            {aggregate.sektorer.map((sektor, i) => (
              <tr key={sektor.id}>
                <th scope="row">{sektor.name}</th>
                <td className="number">{decimalText(shown[i] ?? 0, locale)}</td>
                <td className="number">
                  {sektor.support.per100Employees === null
                    ? '–'
                    : decimalText(sektor.support.per100Employees, locale, 2)}
                </td>
                <td className="number">{shareText(sektor.reportingEmployeeShare, locale)}</td>
                <td className="number">{shareText(sektor.progress.share, locale)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{aggregate.kommun.name}</th>
              <td className="number">
                {decimalText(
                  shown.reduce((a, b) => a + b, 0),
                  locale,
                )}
              </td>
              <td className="number">
                {aggregate.kommun.support.per100Employees === null
                  ? '–'
                  : decimalText(aggregate.kommun.support.per100Employees, locale, 2)}
              </td>
              <td className="number" />
              <td className="number" />
            </tr>
          </tfoot>
        </table>
      </div>
    </section>
  );
}
