import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import {
  asAppError,
  canEdit,
  editInventory,
  emptyFirstLine,
  emptyLine,
  inventoryDifferences,
  inventoryProgress,
  isFirstLine,
  parseDecimal,
  parseInteger,
  transition,
  transitionError,
  translator,
  unseenDifferences,
  validateInventory,
  type Actor,
  type FirstLineSection,
  type Inventory,
  type InventoryLine,
  type ValidationIssue,
} from '../../domain';
import { backupKey, readBackup, restoreDecision, writeBackup } from '../autosave/backup';
import { SaveScheduler, type SaveStatus } from '../autosave/saveScheduler';
import { errorText } from '../common/errorText';
import { type ConflictChoice } from './ConflictDialog';
import { fieldLabel } from './fieldLabels';
import { focusPath, sectionHeadingId } from './fields/fieldIds';
import { formReducer, initialFormState, isDirty, type FormAction } from './formState';
import {
  type FunctionGroup,
  type InventoryFormProps,
  type InventoryFormState,
  type ReadOnlyReason,
  type SubmitPhase,
} from './InventoryForm.types';
import { type LineUpdate } from './FunctionSection';
import { useMessagesBySection, type FieldMessages } from './messages';
import { type MissingItem } from './MissingSummary';
import { sectionLabels } from './sectionLabels';

const defaultDelayMs = 1500;
const defaultSlowMs = 4000;

// Whole numbers: persons and the span of control; every other number field takes decimals.
const integerPath = /\.(persons|medarbetarspann)$/;

function unparsedIssue(path: string, text: string, locale: 'sv' | 'en'): ValidationIssue | null {
  const parsed = integerPath.test(path)
    ? parseInteger(text, { locale, path })
    : parseDecimal(text, { locale, path });
  return parsed.ok ? null : parsed.issue;
}

function focusHeading(key: string): void {
  const heading = document.getElementById(sectionHeadingId(key));
  heading?.scrollIntoView?.({ block: 'start' });
  heading?.focus();
}

/**
 * The inventory form's state and behaviour: the draft keyed by function, validation shown per field, autosave
 * with a local backup, resume, submit with its summary and confirmation, and conflicts resolved per field.
 */
export function useInventoryForm(props: InventoryFormProps): InventoryFormState {
  const {
    config,
    period,
    unit,
    stored,
    services,
    locale,
    mode = 'current',
    review = false,
    onBack,
    onStored,
    onSectionRender,
  } = props;
  const live = mode === 'current' && !review;
  const t = useMemo(() => translator(locale), [locale]);
  const labels = useMemo(() => sectionLabels(config, t, locale), [config, t, locale]);
  const labelContext = useMemo(() => ({ config, t, locale }), [config, t, locale]);
  const actor = useMemo<Actor>(() => ({ upn: services.upn, roles: [] }), [services.upn]);
  const key = backupKey(services.upn, stored.id);

  // What the form opens with: the stored inventory, or the backup of changes SharePoint never got.
  const [opening] = useState(() => {
    const backup = live ? readBackup(services.storage, key) : null;
    return {
      decision: restoreDecision(backup, { stored, config }),
      lastFunctionId: backup?.lastFunctionId ?? null,
    };
  });
  const [state, dispatchToReact] = useReducer(formReducer, opening, ({ decision, lastFunctionId }) =>
    initialFormState({
      draft: decision.kind === 'backup' ? decision.draft : stored,
      base: stored,
      unparsed: decision.unparsed,
      dirty: decision.kind === 'backup',
      lastFunctionId,
    }),
  );
  const [conflict, setConflict] = useState<{ mine: Inventory; theirs: Inventory } | null>(() =>
    opening.decision.kind === 'conflict' ? { mine: opening.decision.mine, theirs: stored } : null,
  );
  const [saveStatus, setSaveStatus] = useState<SaveStatus>({ kind: 'idle' });
  const [attempted, setAttempted] = useState(false);
  const [submitPhase, setSubmitPhase] = useState<SubmitPhase>('idle');
  const [submitError, setSubmitError] = useState<string | null>(null);
  const [justSubmitted, setJustSubmitted] = useState(false);
  const [focusMissing, setFocusMissing] = useState(0);
  const missingHeadingRef = useRef<HTMLHeadingElement | null>(null);
  const submittedRef = useRef<HTMLDivElement | null>(null);

  // The latest state for the autosave and the submit, which run outside React's renders. Every action is applied
  // to it at once as well as sent to React (the reducer is pure, so React's state ends up the same): code after an
  // `await` reads the state the awaited save left, not the one of the last render. (A submit right after the last
  // keystroke flushes the autosave and then stores the submitted inventory; read from the last render, it carried
  // the version from before that save, and SharePoint refused it as a conflict with itself.)
  const latest = useRef(state);
  const dispatch = useCallback((action: FormAction) => {
    latest.current = formReducer(latest.current, action);
    dispatchToReact(action);
  }, []);
  const onStoredRef = useRef(onStored);
  useEffect(() => {
    onStoredRef.current = onStored;
  });

  const editCheck = canEdit(actor, state.draft);
  const readOnly: ReadOnlyReason | null = !live
    ? 'history'
    : editCheck.ok
      ? null
      : editCheck.reason === 'notManager'
        ? 'notManager'
        : state.draft.status === 'approved'
          ? 'approved'
          : 'submitted';

  // --- saving, and the conflicts that leave nothing to choose -------------------------------------------------
  /**
   * Stores what `sending` gives (it reads the latest state). On a conflict (SharePoint's 412) whose stored version
   * holds no answer this session has not seen — the same value typed in two sessions, or only SharePoint's version
   * moved — and that the manager may still change, the draft moves onto the stored version and `sending`'s
   * inventory is stored again, once, without asking. Any other conflict goes to the manager (the dialog).
   * @throws AppError from the repository, or what `sending` throws
   */
  const store = useCallback(
    async (sending: () => Inventory): Promise<Inventory> => {
      for (let attempt = 1; ; attempt += 1) {
        const sent = sending();
        try {
          return await services.inventories.save(sent);
        } catch (error) {
          const appError = asAppError(error);
          const theirs =
            appError.code === 'conflict' ? (appError.conflict?.theirs as Inventory | undefined) : undefined;
          if (theirs === undefined) throw appError;
          const { draft, base } = latest.current;
          const settles =
            attempt === 1 &&
            canEdit(actor, theirs).ok &&
            unseenDifferences(draft, theirs, [base, sent], config).length === 0;
          if (!settles) {
            setConflict({ mine: draft, theirs });
            throw appError;
          }
          dispatch({ type: 'rebased', stored: theirs });
        }
      }
    },
    [services, actor, config, dispatch],
  );

  // --- autosave ---------------------------------------------------------------------------------------------
  const scheduler = useRef<SaveScheduler | null>(null);
  useEffect(() => {
    if (!live) return undefined;
    const created = new SaveScheduler({
      delayMs: services.autosaveDelayMs ?? defaultDelayMs,
      slowAfterMs: services.slowSaveMs ?? defaultSlowMs,
      isOnline: () => services.connectivity.isOnline(),
      onStatus: setSaveStatus,
      save: async () => {
        let seq = latest.current.seq;
        const saved = await store(() => {
          seq = latest.current.seq;
          return latest.current.draft;
        });
        dispatch({ type: 'saved', stored: saved, seq, at: services.now().toISOString() });
        onStoredRef.current?.(saved);
      },
    });
    scheduler.current = created;
    const unsubscribe = services.connectivity.subscribe((online) => {
      if (online) created.online();
    });
    return () => {
      unsubscribe();
      // Leaving the form (back to the start page) saves what is pending rather than dropping it.
      void created.flush().catch(() => undefined);
      created.dispose();
      scheduler.current = null;
    };
  }, [live, services, store, dispatch]);

  useEffect(() => {
    if (isDirty(state)) scheduler.current?.changed();
    // Only a new edit (seq) asks for a save; the scheduler itself saves edits made while a save was under way.
  }, [state.seq]);

  // --- local backup ------------------------------------------------------------------------------------------
  useEffect(() => {
    // While a conflict waits for the manager, the backup may hold the only copy of their answer: leave it.
    if (!live || conflict !== null) return;
    writeBackup(services.storage, key, {
      format: 1,
      writtenAt: services.now().toISOString(),
      baseVersion: state.draft.version,
      draft: state.draft,
      unparsed: state.unparsed,
      dirty: isDirty(state),
      lastFunctionId: state.lastFunctionId,
    });
  }, [live, conflict, services, key, state]);

  // --- resume where the manager left off ---------------------------------------------------------------------
  const resumedAt = live && readOnly === null ? opening.lastFunctionId : null;
  useEffect(() => {
    if (resumedAt !== null) focusHeading(resumedAt);
  }, [resumedAt]);

  // --- validation and progress -------------------------------------------------------------------------------
  const draftResult = useMemo(
    () => validateInventory(state.draft, { config, unit, purpose: 'draft' }),
    [state.draft, config, unit],
  );
  const submitResult = useMemo(
    () => (attempted ? validateInventory(state.draft, { config, unit, purpose: 'submit' }) : null),
    [attempted, state.draft, config, unit],
  );
  const unparsedIssues = useMemo(
    () => Object.entries(state.unparsed).flatMap(([path, text]) => unparsedIssue(path, text, locale) ?? []),
    [state.unparsed, locale],
  );
  const issues = useMemo(() => {
    const result = submitResult ?? draftResult;
    return [...unparsedIssues, ...(result.ok ? [] : result.issues)];
  }, [submitResult, draftResult, unparsedIssues]);
  const messages = useMemo(() => {
    const byPath: Record<string, string> = {};
    // The first issue of a path is the one shown: a typed text that is no number before any rule about it.
    for (const issue of issues) byPath[issue.path] ??= issue.message[locale];
    return byPath as FieldMessages;
  }, [issues, locale]);
  const messagesBySection = useMessagesBySection(messages);
  const unparsedBySection = useMessagesBySection(state.unparsed);
  const progress = useMemo(
    () => inventoryProgress(state.draft, { config, unit }),
    [state.draft, config, unit],
  );

  const missing = useMemo((): MissingItem[] | null => {
    if (!attempted) return null;
    const order = new Map(config.taxonomy.functions.map((fn, index) => [fn.id, index]));
    const rank = (path: string) => {
      const [root, id] = path.split('.');
      return root === 'lines' ? (order.get(id ?? '') ?? order.size) : order.size + 1;
    };
    const seen = new Set<string>();
    const items: MissingItem[] = [];
    for (const issue of issues) {
      if (seen.has(issue.path)) continue;
      seen.add(issue.path);
      const { section, field } = fieldLabel(issue.path, labelContext);
      items.push({
        path: issue.path,
        where: field === null ? section : `${section} – ${field}`,
        message: issue.message[locale],
      });
    }
    const sorted = items.map((item, index) => ({ item, index }));
    sorted.sort((a, b) => rank(a.item.path) - rank(b.item.path) || a.index - b.index);
    return sorted.length === 0 ? null : sorted.map((s) => s.item);
  }, [attempted, issues, config, labelContext, locale]);

  useEffect(() => {
    if (focusMissing > 0) missingHeadingRef.current?.focus();
  }, [focusMissing]);

  // Once the submit has landed, the submit button and the confirmation are gone: the focus goes to the thanks
  // under the heading (far above the button on a long form), so a keyboard user sees and a screen reader hears it.
  useEffect(() => {
    if (!justSubmitted) return;
    const message = submittedRef.current;
    message?.scrollIntoView?.({ block: 'center' });
    message?.focus({ preventScroll: true });
  }, [justSubmitted]);

  // --- the draft, keyed by function --------------------------------------------------------------------------
  const emptyLines = useMemo(
    () => new Map(config.taxonomy.functions.map((fn) => [fn.id, emptyLine(fn.id)])),
    [config],
  );
  const linesById = useMemo(
    () => new Map(state.draft.lines.map((l) => [l.functionId, l])),
    [state.draft.lines],
  );
  const lineOf = useCallback(
    (functionId: string): InventoryLine =>
      linesById.get(functionId) ?? emptyLines.get(functionId) ?? emptyLine(functionId),
    [linesById, emptyLines],
  );
  const groups = useMemo(
    (): FunctionGroup[] =>
      config.taxonomy.processGroups
        .map((group) => ({
          group,
          functions: config.taxonomy.functions.filter((fn) => fn.groupId === group.id),
        }))
        .filter((g) => g.functions.length > 0),
    [config],
  );
  const emptySection = useMemo(() => emptyFirstLine(), []);

  const onLineChange = useCallback(
    (functionId: string, update: LineUpdate) =>
      dispatch({
        type: 'line',
        functionId,
        update,
        emptyLine: emptyLines.get(functionId) ?? emptyLine(functionId),
        actor,
        at: services.now().toISOString(),
      }),
    [emptyLines, actor, services, dispatch],
  );
  const onFirstLineChange = useCallback(
    (update: (section: FirstLineSection) => FirstLineSection) =>
      dispatch({ type: 'firstLine', update, emptySection, actor, at: services.now().toISOString() }),
    [emptySection, actor, services, dispatch],
  );
  const onUnparsed = useCallback(
    (path: string, text: string | null) => dispatch({ type: 'unparsed', path, text }),
    [dispatch],
  );

  // --- submit ------------------------------------------------------------------------------------------------
  const onSubmit = () => {
    setAttempted(true);
    setSubmitError(null);
    setJustSubmitted(false);
    const result = validateInventory(latest.current.draft, { config, unit, purpose: 'submit' });
    if (!result.ok || Object.keys(latest.current.unparsed).length > 0) {
      setFocusMissing((n) => n + 1);
      return;
    }
    setSubmitPhase('confirm');
  };

  const onConfirmSubmit = () => {
    setSubmitPhase('sending');
    const refusal: { reason?: string } = {};
    void (async () => {
      try {
        await scheduler.current?.flush();
        const saved = await store(() => {
          const result = transition(latest.current.draft, {
            actor,
            to: 'submitted',
            at: services.now().toISOString(),
            config,
            unit,
          });
          if (result.ok) return result.inventory;
          refusal.reason = result.message[locale];
          throw transitionError(result);
        });
        dispatch({
          type: 'replace',
          draft: saved,
          stored: saved,
          dirty: false,
          savedAt: services.now().toISOString(),
        });
        scheduler.current?.discard();
        setSubmitPhase('idle');
        setJustSubmitted(true);
        onStoredRef.current?.(saved);
      } catch (error) {
        const appError = asAppError(error);
        setSubmitPhase('idle');
        // A conflict is the dialog's (`store` opened it).
        if (appError.code === 'conflict' && appError.conflict !== undefined) return;
        setSubmitError(t('submit.failed', { reason: refusal.reason ?? errorText(appError, t) }));
      }
    })();
  };

  // --- conflicts ---------------------------------------------------------------------------------------------
  const onConflictChoice = (choice: ConflictChoice) => {
    if (conflict === null) return;
    const { theirs } = conflict;
    setConflict(null);
    const merged = choice.kind === 'merge' ? choice.merged : theirs;
    if (inventoryDifferences(merged, theirs, config).length === 0) {
      dispatch({ type: 'replace', draft: theirs, stored: theirs, dirty: false });
      scheduler.current?.discard();
      onStoredRef.current?.(theirs);
      return;
    }
    const edited = editInventory(merged, {
      actor,
      at: services.now().toISOString(),
      lines: merged.lines,
      firstLine: merged.firstLine,
    });
    dispatch({ type: 'replace', draft: edited.ok ? edited.inventory : merged, stored: theirs, dirty: true });
    scheduler.current?.resolved();
  };

  const firstLine = isFirstLine(unit) ? (state.draft.firstLine ?? emptySection) : null;
  return {
    t,
    locale,
    labels,
    labelContext,
    config,
    unit,
    period,
    mode,
    review,
    draft: state.draft,
    readOnly,
    locked: readOnly !== null || submitPhase === 'sending',
    groups,
    lineOf,
    messagesBySection,
    unparsedBySection,
    progress,
    firstLine,
    saveStatus,
    savedAt: state.savedAt,
    restored: opening.decision.kind === 'backup',
    hasUnparsed: Object.keys(state.unparsed).length > 0,
    resumedAt,
    missing,
    missingHeadingRef,
    submitPhase,
    submitError,
    justSubmitted,
    submittedRef,
    conflict: conflict === null ? null : { ...conflict, editable: canEdit(actor, conflict.theirs).ok },
    onLineChange,
    onFirstLineChange,
    onUnparsed,
    onSubmit,
    onConfirmSubmit,
    onCancelSubmit: () => setSubmitPhase('idle'),
    onConflictChoice,
    onRetrySave: () => scheduler.current?.retryNow(),
    onGoToPath: (path) => {
      focusPath(path);
    },
    onGoToFunction: focusHeading,
    onBack,
    onSectionRender,
  };
}
