import { type MunicipalityAggregate } from '../aggregation/types';
import { type MunicipalityConfig } from '../config/types';
import { type FirstLineMission } from '../firstLine/types';
import { type IsoDate, type Period } from '../periods';
import { type ScenarioOutcome } from '../scenarios/types';

/** The slides of a presentation, in the order they are shown. */
export type SlideId =
  'title' | 'progress' | 'readiness' | 'proposals' | 'scenario' | 'firstLine' | 'consultation';

/** A figure and what it is, e.g. "Inskickade eller godkända" and "7 (70 %)". */
export interface FigureRow {
  readonly label: string;
  /** The figure as it is shown, already written for the locale. */
  readonly value: string;
}

/** Key figures: a label and its value per row. */
export interface FiguresBlock {
  readonly kind: 'figures';
  readonly rows: readonly FigureRow[];
}

/** A column of a table. */
export interface TableColumn {
  readonly label: string;
  /** Whether its cells are figures (aligned to the end, so digits line up). */
  readonly numeric: boolean;
}

/** A row of a table: its header cell (a sektor, a function) and the other cells in column order. */
export interface TableRow {
  readonly header: string;
  readonly cells: readonly string[];
}

/** A table; `columns` includes the row headers' column, first. */
export interface TableBlock {
  readonly kind: 'table';
  /** What the table holds, for whoever cannot see it (a screen reader, the pptx's shape name). */
  readonly caption: string;
  readonly columns: readonly TableColumn[];
  readonly rows: readonly TableRow[];
}

/** A list of short statements. */
export interface BulletsBlock {
  readonly kind: 'bullets';
  readonly items: readonly string[];
}

/** Lines of plain text, such as the title slide's period, date and source. */
export interface TextBlock {
  readonly kind: 'text';
  readonly paragraphs: readonly string[];
}

/** A part of a slide's body. */
export type SlideBlock = FiguresBlock | TableBlock | BulletsBlock | TextBlock;

/** One slide: its title, its body and what the speaker says. */
export interface Slide {
  readonly id: SlideId;
  readonly title: string;
  readonly blocks: readonly SlideBlock[];
  /** Speaker notes: every figure of the slide written out in sentences, in the slide's language. */
  readonly notes: string;
}

/**
 * What the consultation round said about the proposal for one function. The round's own model does not exist
 * yet; this is all the slides need of it.
 */
export interface ConsultationTally {
  readonly functionId: string;
  /** Managers who agree with the proposal. */
  readonly agree: number;
  /** Managers who do not. */
  readonly disagree: number;
  /** Comments written. */
  readonly comments: number;
}

/** Where the figures come from: counted now, or a snapshot stored for the diarium. */
export type PresentationSource =
  | {
      readonly kind: 'live';
      /** When the dashboard's figures were counted (ISO instant). */
      readonly countedAt: string;
    }
  | {
      readonly kind: 'snapshot';
      /** When the snapshot was made (ISO instant), as its JSON says. */
      readonly createdAt: string;
    };

/**
 * The parts of the aggregate the slides show. A dashboard's `DashboardAggregate` and a snapshot's
 * `MunicipalityAggregate` both have them.
 */
export type PresentationAggregate = Pick<
  MunicipalityAggregate,
  'kommun' | 'sektorer' | 'readiness' | 'proposals'
>;

/** What the slides are made from: a dashboard's figures or a diarium snapshot's, and what only some have. */
export interface PresentationInput {
  /** The names: the kommun's, the functions' and roles', and the placements'. */
  readonly config: Pick<MunicipalityConfig, 'municipality' | 'taxonomy' | 'placements'>;
  readonly period: Pick<Period, 'name'>;
  /** The day the slides are shown, on the title slide. */
  readonly shownOn: IsoDate;
  readonly aggregate: PresentationAggregate;
  readonly source: PresentationSource;
  /** The first-line managers' mission; a snapshot does not hold it, and without it its slide is left out. */
  readonly firstLine?: FirstLineMission;
  /** The scenario the project team chose; without it its slide is left out. */
  readonly scenario?: ScenarioOutcome;
  /** What the consultation round said; without it (or with no tally) its slide is left out. */
  readonly consultation?: readonly ConsultationTally[];
}
