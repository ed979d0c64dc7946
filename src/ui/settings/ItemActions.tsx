import { Button } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { type SectionProps } from './sectionProps';

/**
 * Moves and removal of one item of a list. After a move the focus follows the item to its new place, so pressing
 * the same button again moves it on, as a person using the keyboard expects; at either end the button stays
 * focusable but does nothing, rather than losing the focus by being disabled.
 */
export function ItemActions(props: {
  /** The list's prefix for element ids, e.g. `function`. */
  readonly list: string;
  readonly index: number;
  readonly count: number;
  /** The item's name, for the buttons' accessible names. */
  readonly name: string;
  readonly onMove: (from: number, to: number) => void;
  readonly onRemove: () => void;
  readonly t: SectionProps['t'];
  readonly styles: SectionProps['styles'];
}) {
  const { list, index, count, name, onMove, t, styles } = props;
  const focusSoon = useFocusAfterRender();
  const move = (to: number, button: 'up' | 'down') => {
    onMove(index, to);
    focusSoon(`${list}-${to}-${button}`);
  };
  return (
    <div className={styles.actions}>
      <Button
        id={`${list}-${index}-up`}
        aria-label={t('moveUp', { name })}
        disabledFocusable={index === 0}
        onClick={() => move(index - 1, 'up')}
      >
        ↑
      </Button>
      <Button
        id={`${list}-${index}-down`}
        aria-label={t('moveDown', { name })}
        disabledFocusable={index === count - 1}
        onClick={() => move(index + 1, 'down')}
      >
        ↓
      </Button>
      <Button onClick={props.onRemove}>{t('remove', { name })}</Button>
    </div>
  );
}

// The element with the id exists only once the move has rendered.
function useFocusAfterRender(): (id: string) => void {
  const [target, setTarget] = useState<string | null>(null);
  useEffect(() => {
    if (target === null) return;
    document.getElementById(target)?.focus();
    setTarget(null);
  }, [target]);
  return setTarget;
}
