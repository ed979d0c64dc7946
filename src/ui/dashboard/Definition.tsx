import { figureDefinitions, type FigureId, type Locale } from '../../domain';

/** A figure's definition as the note under it, from the one source docs/domain.md shows too. */
export function Definition(props: { id: FigureId; locale: Locale; className: string }) {
  const definition = figureDefinitions.find((d) => d.id === props.id);
  if (definition === undefined) return null;
  return <p className={props.className}>{definition.definition[props.locale]}</p>;
}

/** A figure's label, from the same source. */
export function figureLabel(id: FigureId, locale: Locale): string {
  return figureDefinitions.find((d) => d.id === id)?.label[locale] ?? id;
}
