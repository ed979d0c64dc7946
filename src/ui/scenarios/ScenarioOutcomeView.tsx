import { Button } from '@fluentui/react-components';
import { useId, useState } from 'react';
import {
  scenarioKeyFigures,
  type AreaMoves,
  type Locale,
  type MunicipalityConfig,
  type ReadinessCell,
  type ScenarioOutcome,
} from '../../domain';
import { functionLabel, roleLabel } from '../dashboard/context';
import { decimalText } from '../dashboard/figureText';
import { type ScenarioTranslate } from './scenarioStrings';
import { type useScenarioStyles } from './useScenarioStyles.styles';

/** What every part of the scenarios page reads: the words, the locale, the styles and the configuration's labels. */
export interface ScenarioViewProps {
  readonly t: ScenarioTranslate;
  readonly locale: Locale;
  readonly styles: ReturnType<typeof useScenarioStyles>;
  readonly config: MunicipalityConfig;
}

/** FTE with two decimals, as the locale writes it. */
export function fteNumber(value: number, locale: Locale): string {
  return decimalText(value, locale, 2);
}

/** A coefficient of variation with two decimals, or a dash when there is none. */
export function spreadText(value: number | null, props: Pick<ScenarioViewProps, 't' | 'locale'>): string {
  return value === null ? props.t('none') : decimalText(value, props.locale, 2);
}

function KeyFigures(props: ScenarioViewProps & { outcome: ScenarioOutcome }) {
  const { outcome, t, locale, styles } = props;
  const figures = scenarioKeyFigures(outcome);
  const fte = (value: number) => t('fte', { value: fteNumber(value, locale) });
  const beforeAfter = (before: string, after: string) => t('outcome.beforeAfter', { before, after });
  return (
    <dl className={styles.facts}>
      <dt>{t('outcome.toSektor')}</dt>
      <dd>{fte(figures.toSektor)}</dd>
      <dt>{t('outcome.toCentral')}</dt>
      <dd>{fte(figures.toCentral)}</dd>
      <dt>{t('outcome.unitsLosing')}</dt>
      <dd>{figures.unitsLosingSupport}</dd>
      <dt>{t('outcome.meeting')}</dt>
      <dd>
        {beforeAfter(
          String(figures.sektorerMeetingProfile.before ?? 0),
          String(figures.sektorerMeetingProfile.after ?? 0),
        )}
      </dd>
      <dt>{t('outcome.shortfall')}</dt>
      <dd>{beforeAfter(fte(figures.totalShortfall.before ?? 0), fte(figures.totalShortfall.after ?? 0))}</dd>
      <dt>{t('outcome.inequality')}</dt>
      <dd>
        {beforeAfter(
          spreadText(figures.supportInequality.before, props),
          spreadText(figures.supportInequality.after, props),
        )}
      </dd>
    </dl>
  );
}

function AreaTable(props: ScenarioViewProps & { areas: readonly AreaMoves[]; level: 'sektorer' | 'kontor' }) {
  const { areas, level, t, locale, styles } = props;
  const id = useId();
  const cells = (a: AreaMoves) => [a.supportBefore, a.toSektor, a.toCentral, a.supportAfter];
  return (
    <section className={styles.section} aria-labelledby={id}>
      <h3 id={id} className={styles.subheading}>
        {t(level === 'sektorer' ? 'areas.sektorer' : 'areas.kontor')}
      </h3>
      <div className={styles.tableBox} tabIndex={0} role="region" aria-labelledby={id}>
        <table className={styles.table}>
          <caption>{t('areas.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t(level === 'sektorer' ? 'areas.sektor' : 'areas.kontor.name')}</th>
              <th scope="col">{t('areas.before')}</th>
              <th scope="col">{t('areas.toSektor')}</th>
              <th scope="col">{t('areas.toCentral')}</th>
              <th scope="col">{t('areas.after')}</th>
            </tr>
          </thead>
          <tbody>
            {areas.map((area) => (
              <tr key={area.id}>
                <th scope="row">{area.name}</th>
                {cells(area).map((value, i) => (
                  <td key={i}>{fteNumber(value, locale)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function MatrixAfter(props: ScenarioViewProps & { outcome: ScenarioOutcome }) {
  const { outcome, config, t, locale, styles } = props;
  const id = useId();
  const { before, after } = outcome.readiness;
  const text = (cell: ReadinessCell, was: ReadinessCell | undefined) => {
    const values = {
      after: fteNumber(cell.present, locale),
      before: fteNumber(was?.present ?? 0, locale),
      required: fteNumber(cell.required, locale),
      shortfall: fteNumber(cell.shortfall ?? 0, locale),
    };
    return t(
      cell.state === 'met' ? 'matrix.met' : cell.state === 'short' ? 'matrix.short' : 'matrix.notReported',
      values,
    );
  };
  return (
    <section className={styles.section} aria-labelledby={id}>
      <h3 id={id} className={styles.subheading}>
        {t('matrix.heading')}
      </h3>
      <div className={styles.tableBox} tabIndex={0} role="region" aria-labelledby={id}>
        <table className={styles.table}>
          <caption>{t('matrix.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('areas.sektor')}</th>
              {after.requirements.map((req) => (
                <th key={`${req.functionId}:${req.roleId}`} scope="col">
                  {roleLabel(config, req.roleId, locale)}
                </th>
              ))}
              <th scope="col">{t('matrix.metHeading')}</th>
            </tr>
          </thead>
          <tbody>
            {after.rows.map((row, r) => (
              <tr key={row.sektorId}>
                <th scope="row">{row.name}</th>
                {row.cells.map((cell, c) => (
                  <td key={`${cell.functionId}:${cell.roleId}`}>{text(cell, before.rows[r]?.cells[c])}</td>
                ))}
                <td>{t('matrix.metCount', { met: row.metCount, total: row.cells.length })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** Units shown before "Visa alla": enough to see who, short enough to reach the tables below on a phone. */
const shownLosses = 20;

function UnitLosses(props: ScenarioViewProps & { outcome: ScenarioOutcome }) {
  const { outcome, config, t, locale, styles } = props;
  const id = useId();
  const [all, setAll] = useState(false);
  const losses = outcome.unitLosses;
  const shown = all ? losses : losses.slice(0, shownLosses);
  return (
    <section className={styles.section} aria-labelledby={id}>
      <h3 id={id} className={styles.subheading}>
        {t('losses.heading', { count: losses.length })}
      </h3>
      {losses.length === 0 ? (
        <p className={styles.note}>{t('losses.none')}</p>
      ) : (
        <ul className={styles.losses}>
          {shown.map((unit) => (
            <li key={unit.unitId}>
              <strong>{unit.unitName}</strong>:{' '}
              {unit.functions
                .map((f) =>
                  t('losses.item', {
                    function: functionLabel(config, f.functionId, locale),
                    fte: fteNumber(f.arsarbetare, locale),
                    persons: f.persons,
                    to: t(f.to === 'sektor' ? 'losses.toSektor' : 'losses.toCentral'),
                  }),
                )
                .join('; ')}
            </li>
          ))}
        </ul>
      )}
      {!all && losses.length > shownLosses ? (
        <div>
          <Button onClick={() => setAll(true)}>{t('losses.more', { count: losses.length })}</Button>
        </div>
      ) : null}
    </section>
  );
}

/** What a scenario means: its key figures, the moves per sektor and kontor, the matrix after and the units' losses. */
export function ScenarioOutcomeView(props: ScenarioViewProps & { outcome: ScenarioOutcome }) {
  const { outcome, t, styles } = props;
  const id = useId();
  return (
    <section className={styles.section} aria-labelledby={id}>
      <h2 id={id} className={styles.heading}>
        {t('outcome.heading')}
      </h2>
      <KeyFigures {...props} />
      <AreaTable {...props} areas={outcome.sektorer} level="sektorer" />
      <MatrixAfter {...props} />
      <UnitLosses {...props} />
      <AreaTable {...props} areas={outcome.kontor} level="kontor" />
    </section>
  );
}
