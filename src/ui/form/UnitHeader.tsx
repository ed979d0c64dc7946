import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { memo } from 'react';
import { formatNumber, type Locale, type Translate, type Unit } from '../../domain';

const useStyles = makeStyles({
  list: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 8.5rem), 1fr))',
    gap: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    margin: 0,
  },
  term: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  value: { margin: 0, fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
});

/**
 * The unit as the organisation register has it. The inventory has no fields of its own for employees and FTE
 * (they come from the HR import into Organisation, which managers only read), so they are shown, not edited.
 */
export const UnitHeader = memo(function UnitHeader(props: { unit: Unit; t: Translate; locale: Locale }) {
  const { unit, t, locale } = props;
  const styles = useStyles();
  const rows: [string, string][] = [
    [t('unit.name'), unit.name],
    [t('unit.code'), unit.id],
    [t('unit.sektor'), unit.sektorId],
    [t('unit.kontor'), unit.kontorId ?? t('unit.noKontor')],
    [t('unit.manager'), unit.manager?.name ?? '–'],
    [t('unit.level'), unit.manager ? t(`managerLevel.${unit.manager.level}`) : '–'],
    [t('unit.headcount'), formatNumber(unit.headcount, locale)],
    [t('unit.arsarbetare'), formatNumber(unit.arsarbetare, locale)],
    [t('unit.managersReporting'), formatNumber(unit.managersReporting, locale)],
  ];
  return (
    <>
      <dl className={styles.list}>
        {rows.map(([term, value]) => (
          <div key={term}>
            <dt className={styles.term}>{term}</dt>
            <dd className={styles.value}>{value}</dd>
          </div>
        ))}
      </dl>
      <Text as="p" block size={200}>
        {t('unit.fromOrganisation')}
      </Text>
    </>
  );
});
