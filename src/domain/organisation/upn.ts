// A UPN has the form of an e-mail address; Entra ID compares it case-insensitively, so we store it lower-cased.
const upnPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** A UPN as stored: trimmed and lower-cased. */
export function normaliseUpn(upn: string): string {
  return upn.trim().toLowerCase();
}

/** Whether a text looks like a UPN (an e-mail address). */
export function isUpn(text: string): boolean {
  return upnPattern.test(text.trim());
}

/** Whether two UPNs name the same user. */
export function sameUpn(a: string | null | undefined, b: string | null | undefined): boolean {
  return a != null && b != null && normaliseUpn(a) === normaliseUpn(b);
}
