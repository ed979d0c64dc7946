import { useId } from 'react';
import {
  tallyAnswers,
  type ConsultationRound,
  type ListedAnswers,
  type Locale,
  type ProposalTally,
  type VerdictCounts,
} from '../../domain';
import { type ConsultationTranslate } from './consultationStrings';
import { type useConsultationStyles } from './useConsultationStyles.styles';

/** Props of `RoundSummary`. */
export interface RoundSummaryProps {
  readonly round: ConsultationRound;
  /** What SharePoint let the reader read, and nothing else: there is no filtering here. */
  readonly listed: ListedAnswers;
  readonly t: ConsultationTranslate;
  readonly locale: Locale;
  readonly styles: ReturnType<typeof useConsultationStyles>;
}

/** A round's answers per proposal, per sektor, and the comments, as `tallyAnswers` counts them. */
export function RoundSummary(props: RoundSummaryProps) {
  const { round, listed, t, locale, styles } = props;
  const tally = tallyAnswers(round, listed.answers);
  const names = (ids: readonly string[]) => ids.map((id) => listed.names.get(id) ?? id).join(', ');
  return (
    <>
      <p className={styles.note}>{t('summary.units', { count: tally.unitsAnswered })}</p>
      {tally.refused.length > 0 ? (
        <p className={styles.note}>{t('summary.refused', { units: names(tally.refused) })}</p>
      ) : null}
      {listed.ignored.length > 0 ? (
        <p className={styles.note}>{t('summary.ignored', { count: listed.ignored.length })}</p>
      ) : null}
      {tally.proposals.length === 0 ? (
        <p className={styles.note}>{t('summary.noProposals')}</p>
      ) : (
        <div className={styles.tableBox} role="region" aria-label={t('summary.caption')} tabIndex={0}>
          <table className={styles.table}>
            <caption>{t('summary.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('summary.proposal')}</th>
                <th scope="col">{t('summary.placement')}</th>
                <CountHeaders t={t} />
              </tr>
            </thead>
            <tbody>
              {tally.proposals.map((p) => (
                <tr key={p.functionId}>
                  <th scope="row">{p.label[locale]}</th>
                  <td>{t(`placement.${p.placement}`)}</td>
                  <CountCells counts={p} />
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {tally.proposals
        .filter((p) => p.units > 0)
        .map((p) => (
          <ProposalDetail key={p.functionId} {...props} proposal={p} />
        ))}
    </>
  );
}

/** The columns of a tally's counts, as both tables show them. */
function CountHeaders({ t }: { t: ConsultationTranslate }) {
  return (
    <>
      <th scope="col">{t('summary.agree')}</th>
      <th scope="col">{t('summary.disagree')}</th>
      <th scope="col">{t('summary.commented')}</th>
      <th scope="col">{t('summary.unitsColumn')}</th>
    </>
  );
}

/** A tally's counts, in the columns of `CountHeaders`. */
function CountCells({ counts }: { counts: VerdictCounts }) {
  return (
    <>
      <td>{counts.agree}</td>
      <td>{counts.disagree}</td>
      <td>{counts.commented}</td>
      <td>{counts.units}</td>
    </>
  );
}

function ProposalDetail(props: RoundSummaryProps & { proposal: ProposalTally }) {
  const { proposal, listed, t, locale, styles } = props;
  const headingId = useId();
  const name = proposal.label[locale];
  const sektor = (id: string) => listed.names.get(id) ?? id;
  const bySektor = t('summary.bySektor', { function: name });
  return (
    <section aria-labelledby={headingId} className={styles.section}>
      <h3 id={headingId} className={styles.subheading}>
        {name}: {t(`placement.${proposal.placement}`)}
      </h3>
      <div className={styles.tableBox} role="region" aria-label={bySektor} tabIndex={0}>
        <table className={styles.table}>
          <caption>{bySektor}</caption>
          <thead>
            <tr>
              <th scope="col">{t('summary.sektor')}</th>
              <CountHeaders t={t} />
            </tr>
          </thead>
          <tbody>
            {proposal.bySektor.map((s) => (
              <tr key={s.sektorId}>
                <th scope="row">{sektor(s.sektorId)}</th>
                <CountCells counts={s} />
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h4 className={styles.subheading}>{t('summary.comments', { function: name })}</h4>
      {proposal.comments.length === 0 ? (
        <p className={styles.note}>{t('summary.noComments')}</p>
      ) : (
        <ul className={styles.list}>
          {proposal.comments.map((c) => (
            <li key={c.unitId} className={styles.listItem}>
              <p className={styles.comment}>
                <strong>
                  {t('summary.comment', {
                    unit: c.unitName,
                    sektor: sektor(c.sektorId),
                    verdict: t(c.verdict === null ? 'verdict.none' : `verdict.${c.verdict}`),
                  })}
                </strong>{' '}
                {c.comment}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
