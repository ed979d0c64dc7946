import { type Locale, type Period, type Translate } from '../../domain';
import { type ExportServices } from './exportServices';
import { type ExportTranslate } from './exportStrings';
import { type useExportStyles } from './useExportStyles.styles';

/** What each part of the export panel gets: the period, the services, the words and styles. */
export interface ExportPartProps {
  readonly period: Period;
  readonly locale: Locale;
  readonly t: ExportTranslate;
  /** The tab's shared words: the errors' explanations. */
  readonly common: Translate;
  readonly styles: ReturnType<typeof useExportStyles>;
  readonly exports: () => Promise<ExportServices>;
}
