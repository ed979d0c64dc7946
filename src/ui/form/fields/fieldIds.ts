// Every field's DOM id comes from its validation path (`lines.ekonomi.arsarbetare`), so the submit summary can
// move the focus to the field an issue names, and tests can find it.

/** The DOM id of the field (or group) at a validation path. */
export function fieldId(path: string): string {
  return `f-${path.replace(/[^A-Za-z0-9_-]/g, '_')}`;
}

/** The DOM id of a section (a function or the first-line section) heading. */
export function sectionHeadingId(key: string): string {
  return `h-${key.replace(/[^A-Za-z0-9_-]/g, '_')}`;
}

/** Moves the focus to the field at `path` (its first focusable control), or to the nearest section heading. */
export function focusPath(path: string, root: Document = document): boolean {
  const segments = path.split('.');
  for (let end = segments.length; end > 0; end--) {
    const element = root.getElementById(fieldId(segments.slice(0, end).join('.')));
    if (element === null) continue;
    const control = element.matches('input, textarea, select, button')
      ? element
      : element.querySelector<HTMLElement>('input:checked, input, textarea, select, button, [tabindex]');
    const target = control ?? element;
    target.scrollIntoView?.({ block: 'center' });
    target.focus();
    return true;
  }
  return false;
}
