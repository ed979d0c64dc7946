import { type ProfilerOnRenderCallback, type RefObject } from 'react';
import {
  type FirstLineSection,
  type Inventory,
  type InventoryLine,
  type InventoryProgress,
  type Locale,
  type MunicipalityConfig,
  type Period,
  type ProcessGroup,
  type SupportFunction,
  type Translate,
  type Unit,
} from '../../domain';
import { type SaveStatus } from '../autosave/saveScheduler';
import { type ManagerServices } from '../services';
import { type ConflictChoice } from './ConflictDialog';
import { type LabelContext } from './fieldLabels';
import { type LineUpdate } from './FunctionSection';
import { type FieldMessages } from './messages';
import { type MissingItem } from './MissingSummary';
import { type SectionLabels } from './sectionLabels';

/** Props of `InventoryForm`. */
export interface InventoryFormProps {
  /** The municipality's configuration: the functions, their roles, the labels. */
  readonly config: MunicipalityConfig;
  /** The inventory's period. */
  readonly period: Period;
  /** The inventory's unit, from the organisation. */
  readonly unit: Unit;
  /** The inventory as SharePoint holds it (or a new, not-started one). */
  readonly stored: Inventory;
  readonly services: ManagerServices;
  readonly locale: Locale;
  /**
   * `current`: the open period, editable when the domain's `canEdit` allows (autosaved, backed up, submittable);
   * `history`: an earlier period, read-only. @default 'current'
   */
  readonly mode?: 'current' | 'history';
  /**
   * The answers inside a reviewer's page, which has its own title, way back, status and decisions: the form shows
   * none of its own, and is read-only whatever `mode` says.
   */
  readonly review?: boolean;
  /** Back to the start page. */
  readonly onBack: () => void;
  /** SharePoint stored the inventory (a save or a submit), for the start page's status and progress. */
  readonly onStored?: (inventory: Inventory) => void;
  /**
   * React's `<Profiler>` callback around each function section (id `function:<id>`): lets tests and performance
   * checks see which sections a keystroke renders. No Profiler is rendered without it.
   */
  readonly onSectionRender?: ProfilerOnRenderCallback;
}

/** Why the form cannot be changed, if it cannot. */
export type ReadOnlyReason = 'submitted' | 'approved' | 'history' | 'notManager';

/** A process group with its configured functions, in display order. */
export interface FunctionGroup {
  readonly group: ProcessGroup;
  readonly functions: readonly SupportFunction[];
}

/** The submit's progress. */
export type SubmitPhase = 'idle' | 'confirm' | 'sending';

/** Everything `renderInventoryForm` places; made by `useInventoryForm`. */
export interface InventoryFormState {
  readonly t: Translate;
  readonly locale: Locale;
  readonly labels: SectionLabels;
  readonly labelContext: LabelContext;
  readonly config: MunicipalityConfig;
  readonly unit: Unit;
  readonly period: Period;
  readonly mode: 'current' | 'history';
  /** Whether the answers are inside a reviewer's page. */
  readonly review: boolean;
  readonly draft: Inventory;
  readonly readOnly: ReadOnlyReason | null;
  /** Whether the fields take no input: read-only, or a submit under way. */
  readonly locked: boolean;
  readonly groups: readonly FunctionGroup[];
  /** The line shown for a function: the draft's, or the same empty line every time. */
  readonly lineOf: (functionId: string) => InventoryLine;
  readonly messagesBySection: ReadonlyMap<string, FieldMessages>;
  readonly unparsedBySection: ReadonlyMap<string, FieldMessages>;
  readonly progress: InventoryProgress;
  /** The first-line section, when the unit's manager is an enhetschef. */
  readonly firstLine: FirstLineSection | null;
  readonly saveStatus: SaveStatus;
  readonly savedAt: string | null;
  /** Unsaved changes were restored from the browser's backup when the form opened. */
  readonly restored: boolean;
  /** Some number fields hold text that is not a number (not saved until corrected). */
  readonly hasUnparsed: boolean;
  /** The function the manager left off at, when the form resumed there. */
  readonly resumedAt: string | null;
  /** What stops the submit, after a submit was tried; `null` before or when nothing does. */
  readonly missing: readonly MissingItem[] | null;
  readonly missingHeadingRef: RefObject<HTMLHeadingElement | null>;
  readonly submitPhase: SubmitPhase;
  /** Why the last submit failed, in words. */
  readonly submitError: string | null;
  /** Set right after a successful submit. */
  readonly justSubmitted: boolean;
  /** The thanks shown after a successful submit, which takes the focus then. */
  readonly submittedRef: RefObject<HTMLDivElement | null>;
  readonly conflict: {
    readonly mine: Inventory;
    readonly theirs: Inventory;
    readonly editable: boolean;
  } | null;
  readonly onLineChange: (functionId: string, update: LineUpdate) => void;
  readonly onFirstLineChange: (update: (section: FirstLineSection) => FirstLineSection) => void;
  readonly onUnparsed: (path: string, text: string | null) => void;
  readonly onSubmit: () => void;
  readonly onConfirmSubmit: () => void;
  readonly onCancelSubmit: () => void;
  readonly onConflictChoice: (choice: ConflictChoice) => void;
  readonly onRetrySave: () => void;
  readonly onGoToPath: (path: string) => void;
  readonly onGoToFunction: (functionId: string) => void;
  readonly onBack: () => void;
  readonly onSectionRender: ProfilerOnRenderCallback | undefined;
}
