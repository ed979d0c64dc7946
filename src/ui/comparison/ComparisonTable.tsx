import { figureDefinitions, type ComparisonFigures, type FigureId, type Locale } from '../../domain';
import { type useComparisonStyles } from './useComparisonStyles.styles';

/** A column of a comparison: the unit, or one area, with the figures it may show. */
export interface ComparisonColumn {
  readonly key: string;
  /** The column's header (name and n). */
  readonly header: string;
  /** The figures, or `null` when there is nothing to show. */
  readonly figures: ComparisonFigures | null;
  /** What each cell says when there are no figures (too few units, not published, not counted). */
  readonly withheld: string;
}

/** A row of a comparison: a measure's label and how it reads from a column's figures. */
export interface ComparisonRow {
  readonly key: string;
  readonly label: string;
  readonly value: (figures: ComparisonFigures) => string;
}

/**
 * One measure as a table: a row per function (or location, or category), a column per compared area, every cell
 * text, the measure's definition under it.
 */
export function ComparisonTable(props: {
  id: FigureId;
  heading?: string;
  caption?: string;
  rowHeader: string;
  rows: readonly ComparisonRow[];
  columns: readonly ComparisonColumn[];
  locale: Locale;
  styles: ReturnType<typeof useComparisonStyles>;
}) {
  const { id, rows, columns, locale, styles } = props;
  const definition = figureDefinitions.find((d) => d.id === id);
  const headingId = `comparison-${id}`;
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.heading}>
        {props.heading ?? definition?.label[locale] ?? id}
      </h2>
      <div className={styles.tableBox} tabIndex={0} role="region" aria-labelledby={headingId}>
        <table className={styles.table} aria-labelledby={headingId}>
          {props.caption === undefined ? null : <caption>{props.caption}</caption>}
          <thead>
            <tr>
              <th scope="col">{props.rowHeader}</th>
              {columns.map((column) => (
                <th scope="col" key={column.key}>
                  {column.header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key}>
                <th scope="row">{row.label}</th>
                {columns.map((column) => (
                  <td key={column.key}>
                    {column.figures === null ? column.withheld : row.value(column.figures)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {definition === undefined ? null : <p className={styles.note}>{definition.definition[locale]}</p>}
    </section>
  );
}
