import {
  chefsnaraStodProposalLabel,
  type FirstLineArea,
  type FirstLineMission as Mission,
} from '../../domain';
import { type SectionProps } from './context';
import { decimalText, shareText } from './figureText';

/**
 * The first-line managers' mission for the area shown: administrative time against the reference, span of control
 * against its limit, chefsnära stöd per manager, and the proposal of chefsnära stöd with its reasons; then the same
 * proposal for each of the area's sektorer or kontor, each on its own figures.
 */
export function FirstLineMission(props: SectionProps & { mission: Mission }) {
  const { area, mission, t, locale, styles } = props;
  const own =
    area.level === 'kommun'
      ? mission.kommun
      : (mission.sektorer.find((s) => s.id === area.id) ?? mission.kommun);
  const parts =
    area.level === 'kommun' ? mission.sektorer : mission.kontor.filter((k) => k.sektorId === area.id);
  const { figures, proposal } = own;
  const compared = figures.adminHours.compared;
  const hours = (value: number | null) => (value === null ? t('tooFew') : decimalText(value, locale));
  const fte = (value: number | null) => (value === null ? '–' : decimalText(value, locale, 2));
  return (
    <section className={styles.section} aria-labelledby="first-line-mission">
      <h2 id="first-line-mission" className={styles.heading}>
        {t('mission.heading')}
      </h2>
      <p className={styles.note}>{mission.settings.referenceSource[locale]}</p>
      <dl className={styles.facts}>
        <dt>{t('mission.adminHours')}</dt>
        <dd>
          {t('mission.adminHoursValue', {
            hours: hours(compared.hours),
            reference: hours(compared.reference),
            n: compared.n,
          })}
        </dd>
        <dt>{t('mission.span')}</dt>
        <dd>
          {t('mission.spanValue', {
            share: shareText(figures.medarbetarspann.shareAboveLimit, locale),
            limit: figures.medarbetarspann.limit,
            n: figures.medarbetarspann.n,
          })}
        </dd>
        <dt>{t('mission.stod')}</dt>
        <dd>
          {t('mission.stodValue', {
            fte: fte(figures.chefsnaraStod.perManager.value),
            n: figures.chefsnaraStod.perManager.n,
          })}
        </dd>
        <dt>{t('mission.proposal')}</dt>
        <dd>
          <strong>{proposalText(own, props)}</strong> {proposal.explanation[locale]}
        </dd>
      </dl>
      {parts.length === 0 ? null : (
        <div
          className={styles.tableBox}
          tabIndex={0}
          role="region"
          aria-labelledby="first-line-mission-parts"
        >
          <table className={styles.table}>
            <caption id="first-line-mission-parts">
              {t(area.level === 'kommun' ? 'mission.bySektor' : 'mission.byKontor')}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t(area.level === 'kommun' ? 'sectors.sektor' : 'mission.kontor')}</th>
                <th scope="col">{t('mission.today')}</th>
                <th scope="col">{t('mission.proposal')}</th>
                <th scope="col">{t('mission.added')}</th>
              </tr>
            </thead>
            <tbody>
              {parts.map((part) => (
                <tr key={part.id}>
                  <th scope="row">{part.name}</th>
                  <td>{fte(part.proposal.todayPerManager)}</td>
                  <td>{proposalText(part, props)}</td>
                  <td>{fte(part.proposal.addedArsarbetare)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

/** "Höj till 0,35 åa per chef", "Behåll dagens nivå" or "För få svar". */
function proposalText(area: FirstLineArea, props: Pick<SectionProps, 't' | 'locale'>): string {
  const { proposal } = area;
  const label = chefsnaraStodProposalLabel(proposal.proposal)[props.locale];
  if (proposal.proposal !== 'raise' || proposal.proposedPerManager === null) return label;
  return props.t('mission.raiseTo', {
    label,
    fte: decimalText(proposal.proposedPerManager, props.locale, 2),
  });
}
