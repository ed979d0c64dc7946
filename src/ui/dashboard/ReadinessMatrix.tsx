// One module per icon: the package's index is shared with the tab's first chunk, where every icon it exports
// would then be loaded with the tab.
import { CheckmarkCircle16Regular } from '@fluentui/react-icons/svg/checkmark-circle';
import { QuestionCircle16Regular } from '@fluentui/react-icons/svg/question-circle';
import { Warning16Regular } from '@fluentui/react-icons/svg/warning';
import { type ReadinessCell } from '../../domain';
import { roleLabel, type SectionProps } from './context';
import { Definition } from './Definition';
import { decimalText } from './figureText';

const icons = {
  met: CheckmarkCircle16Regular,
  short: Warning16Regular,
  notReported: QuestionCircle16Regular,
} as const;

/**
 * The mottagare matrix as a real table: sectors × receiver roles, each cell saying in words whether the role is
 * met, short (by how much) or not yet reported — the icon repeats what the text says, colour adds nothing.
 */
export function ReadinessMatrix(props: SectionProps) {
  const { aggregate, config, t, locale, styles } = props;
  const { readiness, inequality } = aggregate;
  const cellText = (cell: ReadinessCell): string => {
    const values = {
      present: decimalText(cell.present, locale, 2),
      required: decimalText(cell.required, locale, 2),
      shortfall: decimalText(cell.shortfall ?? 0, locale, 2),
    };
    if (cell.state === 'met') return t('readiness.met', values);
    return cell.state === 'short' ? t('readiness.short', values) : t('readiness.notReported', values);
  };
  const spread = (i: number): string => {
    const cv = inequality.receiverRoles[i]?.dispersion.coefficientOfVariation ?? null;
    return cv === null ? t('readiness.spreadNone') : decimalText(cv, locale, 2);
  };
  return (
    <section className={styles.section} aria-labelledby="readiness">
      <h2 id="readiness" className={styles.heading}>
        {t('readiness.heading')}
      </h2>
      <div className={styles.tableBox} tabIndex={0} role="region" aria-labelledby="readiness">
        <table className={styles.table} aria-labelledby="readiness">
          <caption>{t('readiness.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('sectors.sektor')}</th>
              {readiness.requirements.map((req) => (
                <th key={`${req.functionId}:${req.roleId}`} scope="col">
                  {roleLabel(config, req.roleId, locale)}
                </th>
              ))}
              <th scope="col">{t('readiness.metHeading')}</th>
            </tr>
          </thead>
          <tbody>
            {readiness.rows.map((row) => (
              <tr key={row.sektorId}>
                <th scope="row">{row.name}</th>
                {row.cells.map((cell) => {
                  const Icon = icons[cell.state];
                  return (
                    <td key={`${cell.functionId}:${cell.roleId}`}>
                      <span className={styles.cellState}>
                        <Icon aria-hidden="true" />
                        {cellText(cell)}
                      </span>
                    </td>
                  );
                })}
                <td>{t('readiness.metCount', { met: row.metCount, total: row.cells.length })}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('readiness.spread')}</th>
              {readiness.requirements.map((req, i) => (
                <td key={`${req.functionId}:${req.roleId}`}>{spread(i)}</td>
              ))}
              <td />
            </tr>
          </tfoot>
        </table>
      </div>
      {readiness.rows
        .filter((row) => row.unreported.length > 0)
        .map((row) => (
          <p key={row.sektorId} className={styles.note}>
            {t('readiness.unreported', {
              sektor: row.name,
              units: row.unreported.map((u) => u.name).join(', '),
            })}
          </p>
        ))}
      <Definition id="readiness" locale={locale} className={styles.note} />
      <Definition id="inequality" locale={locale} className={styles.note} />
    </section>
  );
}
