import { mergeClasses } from '@fluentui/react-components';
import { useId } from 'react';
import { type Slide, type SlideBlock, type TableBlock } from '../../domain/presentation';
import { type usePresentationStyles } from './usePresentationStyles.styles';

type Styles = ReturnType<typeof usePresentationStyles>;

function SlideTable(props: { table: TableBlock; styles: Styles }) {
  const { table, styles } = props;
  const captionId = useId();
  const numeric = (i: number) => (table.columns[i]?.numeric ? { 'data-numeric': true } : {});
  return (
    // A wide table scrolls inside its box, which takes focus so that the keyboard can scroll it too.
    <div className={styles.tableBox} tabIndex={0} role="region" aria-labelledby={captionId}>
      <table className={mergeClasses(styles.table, table.columns.length > 5 && styles.wideTable)}>
        <caption id={captionId}>{table.caption}</caption>
        <thead>
          <tr>
            {table.columns.map((column, i) => (
              <th key={i} scope="col" {...numeric(i)}>
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, r) => (
            <tr key={r}>
              <th scope="row">{row.header}</th>
              {row.cells.map((cell, c) => (
                <td key={c} {...numeric(c + 1)}>
                  {cell}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Block(props: { block: SlideBlock; styles: Styles }) {
  const { block, styles } = props;
  switch (block.kind) {
    case 'text':
      return block.paragraphs.map((text, i) => (
        <p key={i} className={styles.paragraph}>
          {text}
        </p>
      ));
    case 'bullets':
      return (
        <ul className={styles.bullets}>
          {block.items.map((item, i) => (
            <li key={i}>{item}</li>
          ))}
        </ul>
      );
    case 'figures':
      return (
        <dl className={styles.figures}>
          {block.rows.map((row, i) => (
            <div key={i}>
              <dt>{row.label}</dt>
              <dd>{row.value}</dd>
            </div>
          ))}
        </dl>
      );
    case 'table':
      return <SlideTable table={block} styles={styles} />;
  }
}

/** One slide: its title as the heading and its blocks as a definition list, real tables, lists and paragraphs. */
export function SlideView(props: { slide: Slide; roleDescription: string; styles: Styles }) {
  const { slide, roleDescription, styles } = props;
  const isTitle = slide.id === 'title';
  return (
    <section
      role="region"
      aria-roledescription={roleDescription}
      aria-label={slide.title}
      className={mergeClasses(styles.slide, isTitle && styles.titleSlide)}
    >
      <h2 className={mergeClasses(styles.title, isTitle && styles.titleLarge)}>{slide.title}</h2>
      {slide.blocks.map((block, i) => (
        <Block key={i} block={block} styles={styles} />
      ))}
    </section>
  );
}
