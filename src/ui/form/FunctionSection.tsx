import { Badge, Text, mergeClasses } from '@fluentui/react-components';
import { memo, Profiler, useCallback, type ProfilerOnRenderCallback } from 'react';
import {
  type InventoryLine,
  type Placement,
  type Score,
  type SupportFunction,
  type SupportLocation,
} from '../../domain';
import { ChoiceField } from './fields/ChoiceField';
import { DecimalField } from './fields/DecimalField';
import { fieldId, sectionHeadingId } from './fields/fieldIds';
import { LocationsField } from './fields/LocationsField';
import { NoteField } from './fields/NoteField';
import { type FieldMessages } from './messages';
import { type SectionLabels } from './sectionLabels';
import { useFunctionSectionStyles } from './useFunctionSectionStyles.styles';

/** A change to one function's line, applied by the form to the line as it is then. */
export type LineUpdate = (line: InventoryLine) => InventoryLine;

/** Props of `FunctionSection`: all of them keep their identity unless this function's answer changed. */
export interface FunctionSectionProps {
  readonly fn: SupportFunction;
  readonly line: InventoryLine;
  /** Messages of this function's fields, by validation path. */
  readonly messages: FieldMessages;
  /** Texts typed into this function's number fields that are not numbers yet, by validation path. */
  readonly unparsed: FieldMessages;
  /** Whether the function is answered as the submit validation asks. */
  readonly answered: boolean;
  readonly readOnly: boolean;
  readonly labels: SectionLabels;
  readonly onLineChange: (functionId: string, update: LineUpdate) => void;
  readonly onUnparsed: (path: string, text: string | null) => void;
  /**
   * React's Profiler callback for this section (id `function:<id>`). Inside the memoised component, so it reports
   * exactly the renders the memo lets through (a Profiler outside it would report every render of the form).
   */
  readonly onProfile?: ProfilerOnRenderCallback;
}

type ScalarField = 'persons' | 'arsarbetare' | 'quality' | 'competenceNow' | 'competenceNeeded' | 'placement';
type TextField = 'competenceGap' | 'comment';

/** The segments of a path after `lines.<functionId>.`: `['persons']`, `['roles', roleId, 'arsarbetare']`. */
function fieldOf(functionId: string, path: string): string[] {
  return path.slice(`lines.${functionId}.`.length).split('.');
}

/** A line with one role's FTE set (or removed, for `null`), the roles kept in the taxonomy's order. */
function withRoleFte(
  line: InventoryLine,
  fn: SupportFunction,
  roleId: string,
  fte: number | null,
): InventoryLine {
  const others = line.roles.filter((r) => r.roleId !== roleId);
  const roles = fte === null ? others : [...others, { roleId, arsarbetare: fte }];
  const order = (id: string) => fn.roles.findIndex((r) => r.id === id);
  return { ...line, roles: roles.sort((a, b) => order(a.roleId) - order(b.roleId)) };
}

/**
 * One support function's questions: own staff (persons, FTE, FTE per role), the support received (where it
 * sits, its quality), competence now and needed with the gap, the manager's view of placement, and a comment.
 * Memoised: it renders again only when its own props change, which a keystroke elsewhere never does.
 */
export const FunctionSection = memo(function FunctionSection(props: FunctionSectionProps) {
  const { fn, line, messages, unparsed, answered, readOnly, labels, onLineChange, onUnparsed, onProfile } =
    props;
  const { t, locale } = labels;
  const styles = useFunctionSectionStyles();
  const at = (field: string) => `lines.${fn.id}.${field}`;

  const onNumber = useCallback(
    (path: string, value: number | null) => {
      const [field, roleId] = fieldOf(fn.id, path);
      onLineChange(fn.id, (current) => {
        if (field === 'roles' && roleId !== undefined) return withRoleFte(current, fn, roleId, value);
        const key = field as ScalarField;
        return current[key] === value ? current : { ...current, [key]: value };
      });
    },
    [fn, onLineChange],
  );
  const onChoice = useCallback(
    (path: string, value: Score | Placement) => {
      const key = fieldOf(fn.id, path)[0] as ScalarField;
      onLineChange(fn.id, (current) => (current[key] === value ? current : { ...current, [key]: value }));
    },
    [fn.id, onLineChange],
  );
  const onText = useCallback(
    (path: string, value: string) => {
      const key = fieldOf(fn.id, path)[0] as TextField;
      onLineChange(fn.id, (current) => (current[key] === value ? current : { ...current, [key]: value }));
    },
    [fn.id, onLineChange],
  );
  const onLocations = useCallback(
    (_path: string, value: readonly SupportLocation[]) =>
      onLineChange(fn.id, (current) => ({ ...current, supportLocations: value })),
    [fn.id, onLineChange],
  );

  const name = fn.label[locale];
  const number = (field: 'persons' | 'arsarbetare', options: { hint: string; integer?: boolean }) => (
    <DecimalField
      path={at(field)}
      label={t(`line.${field}`)}
      hint={options.hint}
      value={line[field]}
      unparsed={unparsed[at(field)]}
      message={messages[at(field)]}
      integer={options.integer}
      locale={locale}
      readOnly={readOnly}
      onValue={onNumber}
      onUnparsed={onUnparsed}
    />
  );
  const score = (field: 'quality' | 'competenceNow' | 'competenceNeeded') => (
    <ChoiceField<Score>
      path={at(field)}
      label={t(`line.${field}`)}
      hint={t('line.scoreHint')}
      options={labels.scores}
      value={line[field]}
      message={messages[at(field)]}
      layout="horizontal"
      readOnly={readOnly}
      onChange={onChoice}
    />
  );
  const sectionMessage = messages[`lines.${fn.id}`];
  const rolesMessage = messages[at('roles')];

  const content = (
    <section
      aria-labelledby={sectionHeadingId(fn.id)}
      className={styles.section}
      id={fieldId(`lines.${fn.id}`)}
    >
      <div className={styles.header}>
        <h3 id={sectionHeadingId(fn.id)} tabIndex={-1} className={styles.heading}>
          {name}
        </h3>
        <Badge appearance="tint" color={answered ? 'success' : 'informative'} shape="rounded">
          {answered ? t('form.answered') : t('form.unanswered')}
        </Badge>
      </div>
      {sectionMessage && (
        <Text as="p" block role="alert" className={mergeClasses(styles.paragraph, styles.sectionMessage)}>
          {sectionMessage}
        </Text>
      )}
      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>{t('line.ownStaff')}</legend>
        <div className={styles.grid}>
          {number('persons', { hint: t('line.personsHint'), integer: true })}
          {number('arsarbetare', { hint: t('line.arsarbetareHint') })}
        </div>
      </fieldset>
      {fn.roles.length > 0 && (
        <fieldset
          className={styles.fieldset}
          id={fieldId(at('roles'))}
          aria-describedby={rolesMessage && `${fieldId(at('roles'))}-message`}
        >
          <legend className={styles.legend}>{t('line.roles')}</legend>
          <Text as="p" block size={200} className={styles.fieldsetText}>
            {t('line.rolesHint')}
          </Text>
          {rolesMessage && (
            <Text
              as="p"
              block
              role="alert"
              id={`${fieldId(at('roles'))}-message`}
              className={mergeClasses(styles.fieldsetText, styles.sectionMessage)}
            >
              {rolesMessage}
            </Text>
          )}
          <div className={styles.grid}>
            {fn.roles.map((role) => {
              const path = at(`roles.${role.id}.arsarbetare`);
              return (
                <DecimalField
                  key={role.id}
                  path={path}
                  label={t('line.roleFte', { role: role.label[locale] })}
                  value={line.roles.find((r) => r.roleId === role.id)?.arsarbetare ?? null}
                  unparsed={unparsed[path]}
                  message={messages[path]}
                  locale={locale}
                  readOnly={readOnly}
                  onValue={onNumber}
                  onUnparsed={onUnparsed}
                />
              );
            })}
          </div>
        </fieldset>
      )}
      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>{t('line.received')}</legend>
        <div className={styles.grid}>
          <LocationsField
            path={at('supportLocations')}
            label={t('line.supportLocations')}
            hint={t('line.supportLocationsHint')}
            options={labels.locations}
            value={line.supportLocations}
            message={messages[at('supportLocations')]}
            readOnly={readOnly}
            onChange={onLocations}
          />
          {score('quality')}
        </div>
      </fieldset>
      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>{t('line.assessment')}</legend>
        <div className={styles.grid}>
          {score('competenceNow')}
          {score('competenceNeeded')}
          <div className={styles.wide}>
            <NoteField
              path={at('competenceGap')}
              label={t('line.competenceGap')}
              hint={t('line.competenceGapHint')}
              value={line.competenceGap}
              message={messages[at('competenceGap')]}
              readOnly={readOnly}
              onChange={onText}
            />
          </div>
          <div className={styles.wide}>
            <ChoiceField<Placement>
              path={at('placement')}
              label={t('line.placement')}
              options={labels.placements}
              value={line.placement}
              message={messages[at('placement')]}
              readOnly={readOnly}
              onChange={onChoice}
            />
          </div>
        </div>
      </fieldset>
      <NoteField
        path={at('comment')}
        label={t('line.comment')}
        value={line.comment}
        message={messages[at('comment')]}
        readOnly={readOnly}
        onChange={onText}
      />
    </section>
  );
  return onProfile === undefined ? (
    content
  ) : (
    <Profiler id={`function:${fn.id}`} onRender={onProfile}>
      {content}
    </Profiler>
  );
});
