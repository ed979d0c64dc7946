/** A development user the local stand-ins offer in their persona switch. */
export interface DevPersona {
  upn: string;
  name: string;
  /** What the persona is for in demos and tests. */
  role: 'siteAdmin' | 'projectTeam' | 'sektorchef' | 'kontorschef' | 'enhetschef' | 'board';
}

/** The site collection administrator every emulator starts with (`--admin` changes it), and scripts sign in as. */
export const SITE_ADMIN_UPN = 'admin@kommun.example';

/** Gävle-like default personas; any other UPN may be signed too (the dev identity trusts whoever asks). */
export const DEV_PERSONAS: readonly DevPersona[] = [
  { upn: SITE_ADMIN_UPN, name: 'Admin Adminsson', role: 'siteAdmin' },
  { upn: 'projekt@kommun.example', name: 'Pia Projektledare', role: 'projectTeam' },
  { upn: 'sara.sektor@kommun.example', name: 'Sara Sektorchef', role: 'sektorchef' },
  { upn: 'karl.kontor@kommun.example', name: 'Karl Kontorschef', role: 'kontorschef' },
  { upn: 'anna.berg@kommun.example', name: 'Anna Berg', role: 'enhetschef' },
  { upn: 'erik.lund@kommun.example', name: 'Erik Lund', role: 'enhetschef' },
  { upn: 'styrelsen@kommun.example', name: 'Kommunstyrelsen', role: 'board' },
];

/** A display name for a UPN: the persona's name, else the local part in title case (`anna.berg` → `Anna Berg`). */
export function displayNameFor(upn: string): string {
  const persona = DEV_PERSONAS.find((p) => p.upn.toLowerCase() === upn.toLowerCase());
  if (persona) return persona.name;
  const local = upn.split('@')[0] ?? upn;
  return local
    .split(/[._-]+/)
    .filter((word) => word.length > 0)
    .map((word) => word[0]!.toUpperCase() + word.slice(1))
    .join(' ');
}
