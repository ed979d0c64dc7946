/** What a key does in the presentation. */
export type SlideAction = 'next' | 'previous' | 'first' | 'last' | 'leave';

// As presentation programs do: a clicker sends PageDown/PageUp, and Space, Enter and Backspace move as in
// PowerPoint's slide show.
const actions: Readonly<Record<string, SlideAction>> = {
  ArrowRight: 'next',
  PageDown: 'next',
  ' ': 'next',
  Enter: 'next',
  ArrowLeft: 'previous',
  PageUp: 'previous',
  Backspace: 'previous',
  Home: 'first',
  End: 'last',
  Escape: 'leave',
};

/** Keys a focused button or field answers itself: on one, they press it rather than change the slide. */
const ownKeys = new Set([' ', 'Enter']);

/** The action of a key pressed on `target`, or `null` when the key is not the presentation's. */
export function slideAction(key: string, target: EventTarget | null): SlideAction | null {
  const onControl =
    target instanceof Element && target.closest('button, a[href], input, select, textarea') !== null;
  if (onControl && ownKeys.has(key)) return null;
  return actions[key] ?? null;
}
