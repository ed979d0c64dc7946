import { Button, MessageBar, MessageBarBody, Spinner, Text } from '@fluentui/react-components';
import { formatDateTime } from '../../domain';
import { ConflictDialog } from './ConflictDialog';
import { ContentsNav } from './ContentsNav';
import { FirstLineSection } from './FirstLineSection';
import { FunctionSection } from './FunctionSection';
import { type InventoryFormState } from './InventoryForm.types';
import { firstLineKey, noMessages } from './messages';
import { MissingSummary } from './MissingSummary';
import { ReviewNotice } from './ReviewNotice';
import { SaveStatusText } from './SaveStatusText';
import { SubmitDialog } from './SubmitDialog';
import { UnitHeader } from './UnitHeader';
import { type useInventoryFormStyles } from './useInventoryFormStyles.styles';

type Styles = ReturnType<typeof useInventoryFormStyles>;

function readOnlyNotice(state: InventoryFormState): string | null {
  const { t, locale, draft } = state;
  switch (state.readOnly) {
    case null:
    case 'approved': // the reviewer's approval says it (ReviewNotice)
      return null;
    case 'submitted':
      return t('form.readOnlySubmitted', {
        when: draft.submittedAt === null ? '' : formatDateTime(draft.submittedAt, locale),
      });
    case 'history':
      return t('form.readOnlyHistory');
    case 'notManager':
      return t('edit.notManager');
  }
}

/** Places the form's parts; every decision is `useInventoryForm`'s. */
export function renderInventoryForm(state: InventoryFormState, styles: Styles) {
  const { t, locale, draft, unit, period, config } = state;
  const { review } = state;
  const title =
    state.mode === 'history'
      ? t('form.historyTitle', { unit: unit.name, period: period.name[locale] })
      : t('form.title', { unit: unit.name });
  // A reviewer's page has its own title and way back, and says the status and the decisions.
  const notice = review ? null : readOnlyNotice(state);
  const editing = state.readOnly === null;
  const resumedName = config.taxonomy.functions.find((fn) => fn.id === state.resumedAt)?.label[locale];

  return (
    <div className={styles.root}>
      {!review && (
        <>
          <Button className={styles.back} appearance="subtle" onClick={state.onBack}>
            {t('form.back')}
          </Button>
          <h1 className={styles.title} tabIndex={-1}>
            {title}
          </h1>
          <ReviewNotice inventory={draft} t={t} locale={locale} />
        </>
      )}
      {notice && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{notice}</MessageBarBody>
        </MessageBar>
      )}
      <div role="status">
        {state.justSubmitted && (
          // Takes the focus once the submit has landed (the button that had it is gone), named by its text so a
          // screen reader says it. Multiline like the form's other notices: it wraps rather than being measured.
          <MessageBar
            ref={state.submittedRef}
            intent="success"
            layout="multiline"
            tabIndex={-1}
            aria-labelledby="submit-done"
          >
            <MessageBarBody id="submit-done">{t('submit.done')}</MessageBarBody>
          </MessageBar>
        )}
      </div>
      {editing && state.restored && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{t('save.restored')}</MessageBarBody>
        </MessageBar>
      )}
      {editing && (
        <Text as="p" block>
          {t('form.intro')}
        </Text>
      )}
      {editing && resumedName !== undefined && (
        <Text as="p" block>
          {t('form.resumed', { name: resumedName })}
        </Text>
      )}
      {editing && (
        <div className={styles.statusBar}>
          <SaveStatusText
            status={state.saveStatus}
            savedAt={state.savedAt}
            t={t}
            locale={locale}
            onRetry={state.onRetrySave}
          />
          <Text>
            {t('start.progress')}:{' '}
            {t('start.progressValue', { answered: state.progress.answered, total: state.progress.total })}
          </Text>
          {state.hasUnparsed && <Text weight="semibold">{t('save.unparsed')}</Text>}
        </div>
      )}
      {state.missing && (
        <MissingSummary ref={state.missingHeadingRef} items={state.missing} t={t} onGo={state.onGoToPath} />
      )}
      <section className={styles.panel} aria-labelledby="unit-heading">
        <h2 id="unit-heading" className={styles.panelHeading}>
          {t('unit.heading')}
        </h2>
        <UnitHeader unit={unit} t={t} locale={locale} />
      </section>
      <div className={styles.panel}>
        <ContentsNav
          functions={config.taxonomy.functions}
          answered={state.progress.answeredFunctions}
          t={t}
          locale={locale}
          onGo={state.onGoToFunction}
        />
      </div>
      {state.groups.map(({ group, functions }) => (
        <section key={group.id} aria-labelledby={`group-${group.id}`}>
          <h2 id={`group-${group.id}`} className={styles.groupHeading}>
            {group.label[locale]}
          </h2>
          <div className={styles.sections}>
            {functions.map((fn) => (
              <FunctionSection
                key={fn.id}
                fn={fn}
                line={state.lineOf(fn.id)}
                messages={state.messagesBySection.get(fn.id) ?? noMessages}
                unparsed={state.unparsedBySection.get(fn.id) ?? noMessages}
                answered={state.progress.answeredFunctions.has(fn.id)}
                readOnly={state.locked}
                labels={state.labels}
                onLineChange={state.onLineChange}
                onUnparsed={state.onUnparsed}
                onProfile={state.onSectionRender}
              />
            ))}
          </div>
        </section>
      ))}
      {state.firstLine && (
        <FirstLineSection
          section={state.firstLine}
          categories={config.adminHourCategories}
          messages={state.messagesBySection.get(firstLineKey) ?? noMessages}
          unparsed={state.unparsedBySection.get(firstLineKey) ?? noMessages}
          readOnly={state.locked}
          labels={state.labels}
          onChange={state.onFirstLineChange}
          onUnparsed={state.onUnparsed}
        />
      )}
      {editing && (
        <div className={styles.submitBar}>
          {/* Focusable while sending: the closing confirmation hands the focus back to it, and a failure is said
              right beside it. */}
          <Button
            appearance="primary"
            onClick={state.onSubmit}
            disabledFocusable={state.submitPhase === 'sending'}
          >
            {t('submit.button')}
          </Button>
          {state.submitPhase === 'sending' && <Spinner size="tiny" label={t('submit.sending')} />}
          {state.submitError && (
            <Text role="alert" className={styles.error}>
              {state.submitError}
            </Text>
          )}
        </div>
      )}
      <SubmitDialog
        open={state.submitPhase === 'confirm'}
        unitName={unit.name}
        t={t}
        onConfirm={state.onConfirmSubmit}
        onCancel={state.onCancelSubmit}
      />
      {state.conflict && (
        <ConflictDialog
          mine={state.conflict.mine}
          theirs={state.conflict.theirs}
          editable={state.conflict.editable}
          context={state.labelContext}
          onChoose={state.onConflictChoice}
        />
      )}
    </div>
  );
}
