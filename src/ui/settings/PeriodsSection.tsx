import { Button, Field, Input } from '@fluentui/react-components';
import { type Period } from '../../domain';
import { LabelFields } from './TaxonomySection';
import { fieldState, replaced, type SectionProps } from './sectionProps';

/**
 * The periods: add one, change names and dates. A stored period keeps its id (inventories are keyed by it); the
 * draft lists the stored ones first.
 */
export function PeriodsSection(props: SectionProps & { readonly stored: readonly Period[] }) {
  const { draft, update, t, locale, styles, stored } = props;
  const set = (index: number, change: (period: Period) => Period) =>
    update((d) => ({ ...d, periods: replaced(d.periods, index, change) }));
  return (
    <section className={styles.section} aria-labelledby="settings-periods">
      <h2 id="settings-periods" className={styles.heading}>
        {t('periods.heading')}
      </h2>
      <p className={styles.note}>{t('periods.hint')}</p>
      {draft.periods.map((period, index) => {
        const at = (field: string) => fieldState(props, `periods.${index}.${field}`);
        return (
          <fieldset key={index} className={styles.item}>
            <legend className={styles.legend}>
              {t('period.legend', { name: period.name[locale].trim() || t('unnamed') })}
            </legend>
            <div className={styles.fields}>
              <Field label={t('id')} {...at('id')}>
                <Input
                  value={period.id}
                  readOnly={index < stored.length}
                  onChange={(_e, data) => set(index, (p) => ({ ...p, id: data.value }))}
                />
              </Field>
              <LabelFields
                {...props}
                path={`periods.${index}.name`}
                label={period.name}
                onChange={(name) => set(index, (p) => ({ ...p, name }))}
              />
              <Field label={t('period.opensOn')} {...at('opensOn')}>
                <Input
                  type="date"
                  value={period.opensOn}
                  onChange={(_e, data) => set(index, (p) => ({ ...p, opensOn: data.value }))}
                />
              </Field>
              <Field label={t('period.closesOn')} {...at('closesOn')}>
                <Input
                  type="date"
                  value={period.closesOn}
                  onChange={(_e, data) => set(index, (p) => ({ ...p, closesOn: data.value }))}
                />
              </Field>
            </div>
          </fieldset>
        );
      })}
      <div>
        <Button
          onClick={() =>
            update((d) => ({
              ...d,
              periods: [...d.periods, { id: '', name: { sv: '', en: '' }, opensOn: '', closesOn: '' }],
            }))
          }
        >
          {t('period.add')}
        </Button>
      </div>
    </section>
  );
}
