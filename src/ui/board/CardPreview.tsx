import { Link, Text } from '@fluentui/react-components';
import { type ReactNode } from 'react';
import { type CardJson } from '../../domain';
import { useBoardStyles } from './useBoardStyles.styles';

// The summary card drawn with Fluent, close to how Teams draws it, for the project team's preview and the board's
// tab. It knows the elements `summaryCard` writes; React writes every text as text, so nothing in a name becomes
// markup here either. An element it does not know is named, never dropped silently.

type Styles = ReturnType<typeof useBoardStyles>;

const asCards = (value: unknown): CardJson[] => (Array.isArray(value) ? (value as CardJson[]) : []);
const textOf = (value: unknown) => (typeof value === 'string' ? value : '');

function renderElement(element: CardJson, key: number, styles: Styles, headingLevel: 2 | 3): ReactNode {
  switch (element.type) {
    case 'TextBlock': {
      const text = textOf(element.text);
      if (element.style === 'heading' || element.size === 'Large' || element.size === 'Medium') {
        return (
          <Text
            key={key}
            as={element.size === 'Large' ? `h${headingLevel}` : (`h${headingLevel + 1}` as 'h3' | 'h4')}
            weight="semibold"
            size={element.size === 'Large' ? 500 : 400}
            block
            className={styles.text}
          >
            {text}
          </Text>
        );
      }
      return (
        <p key={key} className={element.isSubtle === true ? styles.subtle : styles.text}>
          {element.weight === 'Bolder' ? <strong>{text}</strong> : text}
        </p>
      );
    }
    case 'RichTextBlock':
      return (
        <p key={key} className={styles.text}>
          {asCards(element.inlines).map((run, i) =>
            run.weight === 'Bolder' ? (
              <strong key={i}>{textOf(run.text)}</strong>
            ) : (
              <span key={i}>{textOf(run.text)}</span>
            ),
          )}
        </p>
      );
    case 'FactSet':
      return (
        <dl key={key} className={styles.facts}>
          {asCards(element.facts).map((fact, i) => (
            <div key={i} className={styles.factRow}>
              <dt>{textOf(fact.title)}</dt>
              <dd>{textOf(fact.value)}</dd>
            </div>
          ))}
        </dl>
      );
    case 'Table': {
      const rows = asCards(element.rows);
      const [head, ...body] = element.firstRowAsHeader === true ? rows : [undefined, ...rows];
      const cells = (row: CardJson) => asCards(row.cells).map((cell) => asCards(cell.items));
      const inline = (items: CardJson[]) => items.map((item, i) => <span key={i}>{inlineText(item)}</span>);
      return (
        <div key={key} className={styles.tableBox}>
          <table className={styles.table}>
            {head !== undefined ? (
              <thead>
                <tr>
                  {cells(head).map((items, i) => (
                    <th key={i} scope="col">
                      {inline(items)}
                    </th>
                  ))}
                </tr>
              </thead>
            ) : null}
            <tbody>
              {body.map((row, r) => (
                <tr key={r}>
                  {cells(row!).map((items, i) =>
                    i === 0 ? (
                      <th key={i} scope="row">
                        {inline(items)}
                      </th>
                    ) : (
                      <td key={i}>{inline(items)}</td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      );
    }
    case 'ColumnSet':
      return (
        <div key={key} className={styles.columns}>
          {asCards(element.columns).map((column, i) => (
            <div key={i} className={styles.column} style={{ flexGrow: Number(column.width) || 1 }}>
              {asCards(column.items).map((item, j) => renderElement(item, j, styles, headingLevel))}
            </div>
          ))}
        </div>
      );
    default:
      return (
        <p key={key} className={styles.subtle}>
          [{textOf(element.type)}]
        </p>
      );
  }
}

/** The text of a cell's element (a TextBlock or a RichTextBlock), as one line. */
function inlineText(item: CardJson): string {
  if (item.type === 'RichTextBlock')
    return asCards(item.inlines)
      .map((run) => textOf(run.text))
      .join('');
  return textOf(item.text);
}

/** A summary card as Teams would show it; `headingLevel` is the level of its title in the page. */
export function CardPreview(props: { card: CardJson; headingLevel: 2 | 3; label: string }) {
  const styles = useBoardStyles();
  const { card } = props;
  return (
    <article className={styles.card} aria-label={props.label} lang={textOf(card.lang) || undefined}>
      {asCards(card.body).map((element, i) => renderElement(element, i, styles, props.headingLevel))}
      <div className={styles.actions}>
        {asCards(card.actions).map((action, i) =>
          action.type === 'Action.OpenUrl' ? (
            <Link key={i} href={textOf(action.url)} target="_blank" rel="noreferrer">
              {textOf(action.title)}
            </Link>
          ) : null,
        )}
      </div>
    </article>
  );
}
