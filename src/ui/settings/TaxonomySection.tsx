import { Button, Field, Input, Select, Text } from '@fluentui/react-components';
import { useState } from 'react';
import {
  processTypes,
  type MunicipalityConfig,
  type ProcessGroup,
  type ProcessType,
  type SupportFunction,
  type Taxonomy,
} from '../../domain';
import { type Draft } from './draft';
import { ItemActions } from './ItemActions';
import { requirementNumbers } from './draft';
import { fieldState, freshId, moved, replaced, type SectionProps } from './sectionProps';

/** Answered lines per function: counted, still being counted, or not countable. */
export type AnsweredLines = ReadonlyMap<string, number> | 'loading' | 'failed';

function withTaxonomy(draft: Draft, change: (taxonomy: Taxonomy) => Taxonomy): Draft {
  return { ...draft, config: { ...draft.config, taxonomy: change(draft.config.taxonomy) } };
}

/**
 * The process groups and support functions: add, rename, reorder, remove. A stored id cannot be edited (the
 * answers are keyed by it), a group in use cannot be removed, and neither can a function with answered lines.
 */
export function TaxonomySection(
  props: SectionProps & { readonly stored: MunicipalityConfig; readonly answered: AnsweredLines },
) {
  const { draft, update, t, locale, styles, announce, stored, answered } = props;
  const { processGroups, functions } = draft.config.taxonomy;
  const isStoredGroup = storedAt(stored.taxonomy.processGroups, processGroups);
  const isStoredFunction = storedAt(stored.taxonomy.functions, functions);
  const [refusal, setRefusal] = useState<{ readonly index: number; readonly message: string } | null>(null);
  const nameOf = (item: { label: { sv: string; en: string } }) => item.label[locale].trim() || t('unnamed');

  const setGroup = (index: number, change: (group: ProcessGroup) => ProcessGroup) =>
    update((d) =>
      withTaxonomy(d, (x) => ({ ...x, processGroups: replaced(x.processGroups, index, change) })),
    );
  const setFunction = (index: number, change: (fn: SupportFunction) => SupportFunction) =>
    update((d) => withTaxonomy(d, (x) => ({ ...x, functions: replaced(x.functions, index, change) })));
  const say = (message: string, at?: number) => {
    setRefusal(at === undefined ? null : { index: at, message });
    announce(message);
  };

  const removeGroup = (index: number) => {
    const group = processGroups[index]!;
    const inUse = functions.filter((f) => f.groupId === group.id).length;
    if (inUse > 0) return say(t('group.inUse', { name: nameOf(group), count: inUse }));
    update((d) =>
      withTaxonomy(d, (x) => ({ ...x, processGroups: x.processGroups.filter((_, i) => i !== index) })),
    );
    say(t('group.removed', { name: nameOf(group) }));
  };

  const removeFunction = (index: number) => {
    const fn = functions[index]!;
    if (isStoredFunction(index)) {
      if (answered === 'loading' || answered === 'failed') return say(t('function.countsFailed'), index);
      const count = answered.get(fn.id) ?? 0;
      if (count > 0) return say(t('function.blocked', { name: nameOf(fn), count }), index);
    }
    const requirements = draft.config.receiverProfile.requirements;
    const dropped = requirements.filter((r) => r.functionId === fn.id).length;
    update((d) => {
      const kept = d.config.receiverProfile.requirements.flatMap((r, i) =>
        r.functionId === fn.id ? [] : [i],
      );
      const next = withTaxonomy(d, (x) => ({ ...x, functions: x.functions.filter((_, i) => i !== index) }));
      return {
        ...next,
        numbers: requirementNumbers(d, kept, locale),
        config: {
          ...next.config,
          receiverProfile: {
            ...next.config.receiverProfile,
            requirements: kept.map((i) => d.config.receiverProfile.requirements[i]!),
          },
        },
      };
    });
    say(
      dropped > 0
        ? t('function.removedRequirements', { name: nameOf(fn), count: dropped })
        : t('function.removed', { name: nameOf(fn) }),
    );
  };

  const move =
    (list: 'processGroups' | 'functions', names: readonly string[]) => (from: number, to: number) => {
      if (to < 0 || to >= names.length) return;
      update((d) =>
        withTaxonomy(d, (x) =>
          list === 'functions'
            ? { ...x, functions: moved(x.functions, from, to) }
            : { ...x, processGroups: moved(x.processGroups, from, to) },
        ),
      );
      announce(t('moved', { name: names[from] ?? '', position: to + 1, count: names.length }));
    };

  const answeredText = (fn: SupportFunction, index: number) => {
    if (!isStoredFunction(index)) return t('function.unanswered');
    if (answered === 'loading' || answered === 'failed') return t('function.countUnknown');
    const count = answered.get(fn.id) ?? 0;
    return count > 0 ? t('function.answered', { count }) : t('function.unanswered');
  };

  return (
    <section className={styles.section} aria-labelledby="settings-taxonomy">
      <h2 id="settings-taxonomy" className={styles.heading}>
        {t('taxonomy.heading')}
      </h2>
      <p className={styles.note}>{t('taxonomy.rule')}</p>
      {answered === 'failed' ? <p className={styles.note}>{t('function.countsFailed')}</p> : null}
      <h3 className={styles.subheading}>{t('groups.heading')}</h3>
      {processGroups.map((group, index) => (
        <fieldset key={index} className={styles.item}>
          <legend className={styles.legend}>{t('group.legend', { name: nameOf(group) })}</legend>
          <div className={styles.fields}>
            <Field
              label={t('id')}
              {...fieldState(props, `taxonomy.processGroups.${index}.id`, `taxonomy.processGroups.${index}`)}
            >
              <Input
                value={group.id}
                readOnly={isStoredGroup(index)}
                onChange={(_e, data) => setGroup(index, (g) => ({ ...g, id: data.value }))}
              />
            </Field>
            <LabelFields
              {...props}
              path={`taxonomy.processGroups.${index}.label`}
              label={group.label}
              onChange={(label) => setGroup(index, (g) => ({ ...g, label }))}
            />
            <Field
              label={t('processType')}
              {...fieldState(props, `taxonomy.processGroups.${index}.processType`)}
            >
              <Select
                className={styles.fill}
                value={group.processType}
                onChange={(_e, data) =>
                  setGroup(index, (g) => ({ ...g, processType: data.value as ProcessType }))
                }
              >
                {processTypes.map((type) => (
                  <option key={type} value={type}>
                    {t(`processType.${type}`)}
                  </option>
                ))}
              </Select>
            </Field>
          </div>
          <ItemActions
            list="group"
            index={index}
            count={processGroups.length}
            name={nameOf(group)}
            onMove={move('processGroups', processGroups.map(nameOf))}
            onRemove={() => removeGroup(index)}
            t={t}
            styles={styles}
          />
        </fieldset>
      ))}
      <div>
        <Button
          onClick={() =>
            update((d) =>
              withTaxonomy(d, (x) => ({
                ...x,
                processGroups: [
                  ...x.processGroups,
                  {
                    id: freshId(
                      'grupp',
                      x.processGroups.map((g) => g.id),
                    ),
                    processType: 'stodprocess',
                    label: { sv: '', en: '' },
                  },
                ],
              })),
            )
          }
        >
          {t('group.add')}
        </Button>
      </div>
      <h3 className={styles.subheading}>{t('functions.heading')}</h3>
      {functions.map((fn, index) => (
        <fieldset key={index} className={styles.item}>
          <legend className={styles.legend}>{t('function.legend', { name: nameOf(fn) })}</legend>
          <Text className={styles.note}>{answeredText(fn, index)}</Text>
          <div className={styles.fields}>
            <Field
              label={t('id')}
              {...fieldState(props, `taxonomy.functions.${index}.id`, `taxonomy.functions.${index}`)}
            >
              <Input
                value={fn.id}
                readOnly={isStoredFunction(index)}
                onChange={(_e, data) => setFunction(index, (f) => ({ ...f, id: data.value }))}
              />
            </Field>
            <LabelFields
              {...props}
              path={`taxonomy.functions.${index}.label`}
              label={fn.label}
              onChange={(label) => setFunction(index, (f) => ({ ...f, label }))}
            />
            <Field label={t('function.group')} {...fieldState(props, `taxonomy.functions.${index}.groupId`)}>
              <Select
                className={styles.fill}
                value={fn.groupId}
                onChange={(_e, data) => setFunction(index, (f) => ({ ...f, groupId: data.value }))}
              >
                {processGroups.map((group) => (
                  <option key={group.id} value={group.id}>
                    {nameOf(group)}
                  </option>
                ))}
              </Select>
            </Field>
          </div>
          <ItemActions
            list="function"
            index={index}
            count={functions.length}
            name={nameOf(fn)}
            onMove={move('functions', functions.map(nameOf))}
            onRemove={() => removeFunction(index)}
            t={t}
            styles={styles}
          />
          {refusal?.index === index ? (
            <Text role="note" className={styles.note}>
              {refusal.message}
            </Text>
          ) : null}
        </fieldset>
      ))}
      <div>
        <Button
          onClick={() =>
            update((d) =>
              withTaxonomy(d, (x) => ({
                ...x,
                functions: [
                  ...x.functions,
                  {
                    id: freshId(
                      'funktion',
                      x.functions.map((f) => f.id),
                    ),
                    groupId: x.processGroups[0]?.id ?? '',
                    label: { sv: '', en: '' },
                    roles: [],
                  },
                ],
              })),
            )
          }
        >
          {t('function.add')}
        </Button>
      </div>
    </section>
  );
}

/**
 * Whether the item at an index of `items` is a stored one: the first with a stored id. A new item typed with a
 * stored item's id is a duplicate, which stays editable so it can be corrected.
 */
function storedAt(
  stored: readonly { id: string }[],
  items: readonly { id: string }[],
): (index: number) => boolean {
  const ids = new Set(stored.map((item) => item.id));
  return (index) => {
    const id = items[index]?.id ?? '';
    return ids.has(id) && items.findIndex((item) => item.id === id) === index;
  };
}

/** The Swedish and English names of an item. */
export function LabelFields(
  props: SectionProps & {
    readonly path: string;
    readonly label: { readonly sv: string; readonly en: string };
    readonly onChange: (label: { sv: string; en: string }) => void;
  },
) {
  const { path, label, onChange, t } = props;
  return (
    <>
      <Field label={t('labelSv')} {...fieldState(props, `${path}.sv`)}>
        <Input value={label.sv} onChange={(_e, data) => onChange({ ...label, sv: data.value })} />
      </Field>
      <Field label={t('labelEn')} {...fieldState(props, `${path}.en`)}>
        <Input value={label.en} onChange={(_e, data) => onChange({ ...label, en: data.value })} />
      </Field>
    </>
  );
}
