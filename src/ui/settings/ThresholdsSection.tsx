import { Field, Input } from '@fluentui/react-components';
import { useMemo } from 'react';
import { dashboardTranslator } from '../dashboard/dashboardStrings';
import { thresholdKeys, withNumber } from './draft';
import { fieldState, type SectionProps } from './sectionProps';

/** The proposal thresholds as stored: what the overview's proposals use for everyone. */
export function ThresholdsSection(props: SectionProps) {
  const { draft, update, t, locale, styles } = props;
  // The same labels as the overview's thresholds to try, where the project team sees what they do.
  const label = useMemo(() => dashboardTranslator(locale), [locale]);
  return (
    <section className={styles.section} aria-labelledby="settings-thresholds">
      <h2 id="settings-thresholds" className={styles.heading}>
        {t('thresholds.heading')}
      </h2>
      <p className={styles.note}>{t('thresholds.hint')}</p>
      <div className={styles.fields}>
        {thresholdKeys.map((key) => {
          const path = `proposalThresholds.${key}`;
          return (
            <Field key={key} label={label(`threshold.${key}`)} {...fieldState(props, path)}>
              <Input
                inputMode="decimal"
                value={draft.numbers.get(path) ?? ''}
                onChange={(_e, data) => update((d) => withNumber(d, path, data.value, locale))}
              />
            </Field>
          );
        })}
      </div>
    </section>
  );
}
