import { useContext, useId, useMemo } from 'react';
import { translator, type Locale, type Period } from '../../domain';
import { ServicesContext } from '../services';
import { exportTranslator } from './exportStrings';
import { Snapshots } from './Snapshots';
import { useExportStyles } from './useExportStyles.styles';
import { WorkbookDownload } from './WorkbookDownload';

/**
 * The project team's exports on the dashboard: the period's workbook to download and the snapshots for the
 * diarium. SharePoint decides who may read and store them; the dashboard shows the panel to the project team only
 * so that others are not offered what they cannot do.
 */
export function ExportPanel(props: { readonly period: Period; readonly locale: Locale }) {
  const { period, locale } = props;
  const services = useContext(ServicesContext);
  const t = useMemo(() => exportTranslator(locale), [locale]);
  const common = useMemo(() => translator(locale), [locale]);
  const styles = useExportStyles();
  const headingId = useId();
  if (services === null) return null;
  const base = { period, locale, t, common, styles, exports: services.exports };
  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.heading}>
        {t('heading')}
      </h2>
      <p className={styles.note}>{t('intro')}</p>
      <WorkbookDownload {...base} />
      <Snapshots {...base} />
    </section>
  );
}
