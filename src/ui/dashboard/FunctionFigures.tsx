import { percentages, placements, roundParts } from '../../domain';
import { BarChartSlot } from './ChartSlot';
import { functionLabel, type SectionProps } from './context';
import { Definition, figureLabel } from './Definition';
import { decimalText, meanText, shareText } from './figureText';

/** Support FTE per function with its total, the parts rounded so that they add up to the total shown. */
export function FunctionFigures(props: SectionProps) {
  const { area, config, t, locale, styles } = props;
  const shown = roundParts(
    area.functions.map((f) => f.arsarbetare),
    1,
  );
  const total = shown.reduce((sum, value) => sum + value, 0);
  return (
    <section className={styles.section} aria-labelledby="functions">
      <h2 id="functions" className={styles.heading}>
        {t('functions.heading')}
      </h2>
      <BarChartSlot
        title={t('functions.heading')}
        bars={area.functions.map((fn, i) => ({
          label: functionLabel(config, fn.functionId, locale),
          value: shown[i] ?? 0,
        }))}
      />
      <div className={styles.tableBox} tabIndex={0} role="region" aria-labelledby="functions">
        <table className={styles.table} aria-labelledby="functions">
          <thead>
            <tr>
              <th scope="col">{t('functions.function')}</th>
              <th scope="col" className="number">
                {figureLabel('supportFte', locale)}
              </th>
              <th scope="col" className="number">
                {figureLabel('supportPer100', locale)}
              </th>
              <th scope="col" className="number">
                {t('functions.units')}
              </th>
            </tr>
          </thead>
          <tbody>
            {area.functions.map((fn, i) => (
              <tr key={fn.functionId}>
                <th scope="row">{functionLabel(config, fn.functionId, locale)}</th>
                <td className="number">{decimalText(shown[i] ?? 0, locale)}</td>
                <td className="number">
                  {fn.per100Employees === null ? '–' : decimalText(fn.per100Employees, locale, 2)}
                </td>
                <td className="number">{fn.unitsReporting}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('functions.total')}</th>
              <td className="number">{decimalText(total, locale)}</td>
              <td className="number">
                {area.support.per100Employees === null
                  ? '–'
                  : decimalText(area.support.per100Employees, locale, 2)}
              </td>
              <td className="number">{area.reportingUnits}</td>
            </tr>
          </tfoot>
        </table>
      </div>
      <Definition id="supportPer100" locale={locale} className={styles.note} />
    </section>
  );
}

/** A quality score's shade: the text says the same. */
function shade(value: number | null, styles: SectionProps['styles']): string | undefined {
  if (value === null) return undefined;
  if (value >= 3.5) return styles.good;
  return value >= 2.5 ? styles.fair : styles.poor;
}

/** Quality and competence per function: a heat table whose every cell also says its figure and n in words. */
export function QualityTable(props: SectionProps) {
  const { area, config, t, locale, styles } = props;
  return (
    <section className={styles.section} aria-labelledby="quality">
      <h2 id="quality" className={styles.heading}>
        {t('quality.heading')}
      </h2>
      <div className={styles.tableBox} tabIndex={0} role="region" aria-labelledby="quality">
        <table className={styles.table} aria-labelledby="quality">
          <caption>{t('quality.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('functions.function')}</th>
              <th scope="col">{figureLabel('quality', locale)}</th>
              <th scope="col">{figureLabel('competenceLevels', locale)}</th>
              <th scope="col">{figureLabel('competenceShortfallShare', locale)}</th>
              <th scope="col">{figureLabel('competenceMeanShortfall', locale)}</th>
            </tr>
          </thead>
          <tbody>
            {area.functions.map((fn) => {
              const { competence } = fn;
              const levels =
                competence.now === null || competence.needed === null
                  ? t('valueWithN', { value: t('tooFew'), n: competence.n })
                  : t('valueWithN', {
                      value: `${decimalText(competence.now, locale)} → ${decimalText(competence.needed, locale)}`,
                      n: competence.n,
                    });
              return (
                <tr key={fn.functionId}>
                  <th scope="row">{functionLabel(config, fn.functionId, locale)}</th>
                  <td className={shade(fn.quality.value, styles)}>{meanText(fn.quality, { t, locale })}</td>
                  <td>{levels}</td>
                  <td>
                    {competence.shareWithShortfall === null
                      ? t('tooFew')
                      : shareText(competence.shareWithShortfall, locale)}
                  </td>
                  <td>
                    {competence.meanShortfall === null
                      ? t('tooFew')
                      : decimalText(competence.meanShortfall, locale)}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <Definition id="tooFewAnswers" locale={locale} className={styles.note} />
    </section>
  );
}

/** The managers' view of placement per function: every side's share, adding up to 100 %, with n. */
export function PlacementTable(props: SectionProps) {
  const { area, config, t, locale, styles } = props;
  return (
    <section className={styles.section} aria-labelledby="placement">
      <h2 id="placement" className={styles.heading}>
        {t('placement.heading')}
      </h2>
      <div className={styles.tableBox} tabIndex={0} role="region" aria-labelledby="placement">
        <table className={styles.table} aria-labelledby="placement">
          <thead>
            <tr>
              <th scope="col">{t('functions.function')}</th>
              {placements.map((p) => (
                <th key={p} scope="col" className="number">
                  {config.placements.find((option) => option.id === p)?.label[locale] ?? p}
                </th>
              ))}
              <th scope="col" className="number">
                {t('placement.answers')}
              </th>
            </tr>
          </thead>
          <tbody>
            {area.functions.map((fn) => {
              const votes = placements.map((p) => fn.placementVotes[p]);
              const n = votes.reduce((a, b) => a + b, 0);
              const shares = percentages(votes);
              return (
                <tr key={fn.functionId}>
                  <th scope="row">{functionLabel(config, fn.functionId, locale)}</th>
                  {placements.map((p, i) => (
                    <td key={p} className="number">
                      {n === 0 ? '–' : shareText((shares[i] ?? 0) / 100, locale)}
                    </td>
                  ))}
                  <td className="number">{n}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <Definition id="placementVotes" locale={locale} className={styles.note} />
    </section>
  );
}
