import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Select,
  Spinner,
} from '@fluentui/react-components';
import { useId } from 'react';
import {
  formatDateTime,
  placements,
  proposalLabel,
  scenarioNameMaxLength,
  type AppError,
  type Placement,
  type ScenarioChoice,
  type ScenarioNameProblem,
} from '../../domain';
import { type ScenarioViewProps } from './ScenarioOutcomeView';

/** A scenario being edited: its name and overrides as typed, not yet checked or saved. */
export interface ScenarioDraft {
  readonly id: string;
  readonly name: string;
  readonly overrides: Readonly<Record<string, Placement>>;
}

/** Where saving the draft stands. */
export type SaveState =
  | { readonly kind: 'unsaved' }
  | { readonly kind: 'saving' }
  | { readonly kind: 'saved'; readonly at: string }
  | { readonly kind: 'failed'; readonly error: AppError; readonly text: string };

/** The value of the choice that follows the proposal: not a placement, so never stored as an override. */
const follow = 'follow';

/** Props of `ScenarioEditor`. */
export interface ScenarioEditorProps extends ScenarioViewProps {
  readonly draft: ScenarioDraft;
  /** Each function's proposal, in configuration order (the choices of the draft's last counted outcome). */
  readonly proposals: readonly Pick<ScenarioChoice, 'functionId' | 'proposal'>[];
  readonly nameProblem: ScenarioNameProblem | null;
  readonly save: SaveState;
  readonly onChange: (draft: ScenarioDraft) => void;
  readonly onSave: () => void;
}

/** The scenario's name and a placement per function, with what the proposal says beside each. */
export function ScenarioEditor(props: ScenarioEditorProps) {
  const { draft, proposals, nameProblem, save, config, t, locale, styles } = props;
  const headingId = useId();
  const choicesId = useId();
  const placementLabel = (p: Placement) => config.placements.find((o) => o.id === p)?.label[locale] ?? p;
  const setChoice = (functionId: string, value: string) => {
    const { [functionId]: _dropped, ...others } = draft.overrides;
    const overrides = value === follow ? others : { ...others, [functionId]: value as Placement };
    props.onChange({ ...draft, overrides });
  };
  const nameMessage =
    nameProblem === null
      ? undefined
      : nameProblem === 'tooLong'
        ? t('name.tooLong', { max: scenarioNameMaxLength })
        : t(nameProblem === 'blank' ? 'name.blank' : 'name.taken');
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.heading}>
        {t('editor.heading', { name: draft.name.trim() === '' ? '…' : draft.name.trim() })}
      </h2>
      <Field
        className={styles.nameField}
        label={t('editor.name')}
        required
        validationState={nameMessage === undefined ? 'none' : 'error'}
        validationMessage={nameMessage}
      >
        <Input value={draft.name} onChange={(_e, data) => props.onChange({ ...draft, name: data.value })} />
      </Field>
      <h3 id={choicesId} className={styles.subheading}>
        {t('editor.choices')}
      </h3>
      <p className={styles.note}>{t('editor.choicesNote')}</p>
      <div className={styles.tableBox} tabIndex={0} role="region" aria-labelledby={choicesId}>
        <table className={styles.table}>
          <thead>
            <tr>
              <th scope="col">{t('editor.function')}</th>
              <th scope="col">{t('editor.placement')}</th>
            </tr>
          </thead>
          <tbody>
            {config.taxonomy.functions.map((fn, i) => {
              const proposal = proposals[i]?.proposal ?? 'insufficientData';
              const labelId = `${choicesId}-${fn.id}`;
              return (
                <tr key={fn.id}>
                  <th scope="row" id={labelId}>
                    {fn.label[locale]}
                    <span className={styles.choiceProposal}>
                      {t('editor.proposal', { proposal: proposalLabel(proposal)[locale] })}
                    </span>
                  </th>
                  <td>
                    <Select
                      className={styles.select}
                      aria-labelledby={labelId}
                      value={draft.overrides[fn.id] ?? follow}
                      onChange={(_e, data) => setChoice(fn.id, data.value)}
                    >
                      <option value={follow}>
                        {proposal === 'insufficientData'
                          ? t('editor.followNone')
                          : t('editor.follow', { placement: placementLabel(proposal) })}
                      </option>
                      {placements.map((p) => (
                        <option key={p} value={p}>
                          {placementLabel(p)}
                        </option>
                      ))}
                    </Select>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <div className={styles.actions}>
        <Button
          appearance="primary"
          disabledFocusable={save.kind === 'saving' || nameProblem !== null}
          onClick={props.onSave}
        >
          {t('editor.save')}
        </Button>
        <div role="status" className={styles.status}>
          {save.kind === 'saving' ? (
            <Spinner size="tiny" labelPosition="after" label={t('editor.saving')} />
          ) : save.kind === 'saved' ? (
            t('editor.saved', { when: formatDateTime(save.at, locale) })
          ) : save.kind === 'unsaved' ? (
            t('editor.unsaved')
          ) : null}
        </div>
      </div>
      {save.kind === 'failed' ? (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            {save.error.code === 'conflict' ? t('editor.conflict') : `${t('editor.failed')} ${save.text}`}
          </MessageBarBody>
        </MessageBar>
      ) : null}
    </section>
  );
}
