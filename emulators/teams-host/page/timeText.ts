// Times as the host's Swedish UI writes them (`2026-05-04 14:03`), with the exact instant kept for `<time>`.

const FORMAT = new Intl.DateTimeFormat('sv-SE', { dateStyle: 'short', timeStyle: 'short' });

/** A `<time>` element for an ISO date-time; a text that is no date is shown as it came. */
export function timeElement(iso: string, doc: Document): HTMLTimeElement {
  const time = doc.createElement('time');
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) {
    time.textContent = iso;
    return time;
  }
  time.dateTime = at.toISOString();
  time.textContent = FORMAT.format(at);
  return time;
}
