import { Button, Checkbox, Field, Input, Select } from '@fluentui/react-components';
import { useState } from 'react';
import { unitKinds, type ReceiverRequirement, type UnitKind } from '../../domain';
import { requirementNumbers, requirementPath, withNumber, type Draft } from './draft';
import { fieldState, type SectionProps } from './sectionProps';

// The requirements at the indexes `kept`, then `added`, with the typed numbers following their requirements.
function withRequirements(
  draft: Draft,
  kept: readonly number[],
  added: readonly ReceiverRequirement[],
  locale: SectionProps['locale'],
): Draft {
  const { receiverProfile } = draft.config;
  const requirements = [...kept.map((i) => receiverProfile.requirements[i]!), ...added];
  return {
    ...draft,
    numbers: requirementNumbers(draft, [...kept, ...added.map(() => null)], locale),
    config: { ...draft.config, receiverProfile: { ...receiverProfile, requirements } },
  };
}

/**
 * The mottagare profile: which kinds of unit count as a sektor's own, and the least FTE of each required role. A
 * role is chosen from the taxonomy's functions, so a requirement always names a role of its function.
 */
export function ReceiverSection(props: SectionProps) {
  const { draft, update, t, locale, styles, announce } = props;
  const { taxonomy, receiverProfile } = draft.config;
  const roles = taxonomy.functions.flatMap((fn) =>
    fn.roles.map((role) => ({ fn, role, key: `${fn.id}/${role.id}` })),
  );
  const roleName = (r: ReceiverRequirement) => {
    const found = roles.find((x) => x.fn.id === r.functionId && x.role.id === r.roleId);
    return found === undefined ? r.roleId : `${found.fn.label[locale]}: ${found.role.label[locale]}`;
  };
  const free = roles.filter(
    (x) => !receiverProfile.requirements.some((r) => r.functionId === x.fn.id && r.roleId === x.role.id),
  );
  const [chosen, setChosen] = useState<string>('');
  const toAdd = free.find((x) => x.key === chosen) ?? free[0];

  const setKind = (kind: UnitKind, on: boolean) =>
    update((d) => {
      const kinds = d.config.receiverProfile.countedUnitKinds;
      const countedUnitKinds = unitKinds.filter((k) => (k === kind ? on : kinds.includes(k)));
      return {
        ...d,
        config: { ...d.config, receiverProfile: { ...d.config.receiverProfile, countedUnitKinds } },
      };
    });

  return (
    <section className={styles.section} aria-labelledby="settings-receiver">
      <h2 id="settings-receiver" className={styles.heading}>
        {t('receiver.heading')}
      </h2>
      <p className={styles.note}>{t('receiver.hint')}</p>
      <Field label={t('receiver.kinds')} {...fieldState(props, 'receiverProfile.countedUnitKinds')}>
        <div role="group" aria-label={t('receiver.kinds')} className={styles.actions}>
          {unitKinds.map((kind) => (
            <Checkbox
              key={kind}
              label={t(`kind.${kind}`)}
              checked={receiverProfile.countedUnitKinds.includes(kind)}
              onChange={(_e, data) => setKind(kind, data.checked === true)}
            />
          ))}
        </div>
      </Field>
      {receiverProfile.requirements.length === 0 ? <p className={styles.note}>{t('receiver.none')}</p> : null}
      {receiverProfile.requirements.map((requirement, index) => {
        const role = roleName(requirement);
        const path = requirementPath(index);
        return (
          <div key={`${requirement.functionId}/${requirement.roleId}`} className={styles.actions}>
            <Field
              label={t('receiver.min', { role })}
              className={styles.growing}
              {...fieldState(props, path)}
            >
              <Input
                inputMode="decimal"
                value={draft.numbers.get(path) ?? ''}
                onChange={(_e, data) => update((d) => withNumber(d, path, data.value, locale))}
              />
            </Field>
            <Button
              onClick={() => {
                update((d) =>
                  withRequirements(
                    d,
                    d.config.receiverProfile.requirements.flatMap((_, i) => (i === index ? [] : [i])),
                    [],
                    locale,
                  ),
                );
                announce(t('function.removed', { name: role }));
              }}
            >
              {t('receiver.remove', { role })}
            </Button>
          </div>
        );
      })}
      {toAdd === undefined ? (
        <p className={styles.note}>{t('receiver.allUsed')}</p>
      ) : (
        <div className={styles.actions}>
          <Field label={t('receiver.addRole')} className={styles.growing}>
            <Select className={styles.fill} value={toAdd.key} onChange={(_e, data) => setChosen(data.value)}>
              {free.map((x) => (
                <option key={x.key} value={x.key}>
                  {`${x.fn.label[locale]}: ${x.role.label[locale]}`}
                </option>
              ))}
            </Select>
          </Field>
          <Button
            onClick={() =>
              update((d) =>
                withRequirements(
                  d,
                  d.config.receiverProfile.requirements.map((_, i) => i),
                  [{ functionId: toAdd.fn.id, roleId: toAdd.role.id, minArsarbetare: 0 }],
                  locale,
                ),
              )
            }
          >
            {t('receiver.add')}
          </Button>
        </div>
      )}
    </section>
  );
}
