import { Field, Input } from '@fluentui/react-components';
import { missionKeys, missionPath, referencePath, withNumber } from './draft';
import { fieldState, type SectionProps } from './sectionProps';

/**
 * The first-line managers' mission as stored: the reference hours per admin-hour category and the thresholds of the
 * chefsnära stöd proposal, which the overview's *Första linjens uppdrag* uses for everyone.
 */
export function MissionSection(props: SectionProps) {
  const { draft, update, t, locale, styles } = props;
  const mission = draft.config.firstLineMission;
  const categories = new Map(draft.config.adminHourCategories.map((c) => [c.id, c.label[locale]]));
  const field = (path: string, label: string) => (
    <Field key={path} label={label} {...fieldState(props, path)}>
      <Input
        inputMode="decimal"
        value={draft.numbers.get(path) ?? ''}
        onChange={(_e, data) => update((d) => withNumber(d, path, data.value, locale))}
      />
    </Field>
  );
  return (
    <section className={styles.section} aria-labelledby="settings-mission">
      <h2 id="settings-mission" className={styles.heading}>
        {t('mission.heading')}
      </h2>
      <p className={styles.note}>{t('mission.hint')}</p>
      {mission === undefined ? null : <p className={styles.note}>{mission.referenceSource[locale]}</p>}
      <div className={styles.fields}>
        {(mission?.referenceHours ?? []).map((r, index) =>
          field(
            referencePath(index),
            t('mission.reference', { category: categories.get(r.categoryId) ?? r.categoryId }),
          ),
        )}
        {missionKeys.map((key) => field(missionPath(key), t(`mission.${key}`)))}
      </div>
    </section>
  );
}
