// SharePoint derives internal names from display names by XML-name encoding: every character outside
// [A-Za-z0-9_] (and a leading digit) becomes `_xHHHH_` with lower-case hex, and the result is cut to 32
// characters, even in the middle of an escape (e.g. `_x0417__x043d__x0430__x0447__x04`).

const MAX_INTERNAL_NAME = 32;

/** The `_xHHHH_` encoding of a display name, uncut (`Antal årsarbetare` → `Antal_x0020__x00e5_rsarbetare`). */
export function encodeName(displayName: string): string {
  let out = '';
  let index = 0;
  for (const character of displayName) {
    const keep = /[A-Za-z_]/.test(character) || (index > 0 && /[0-9]/.test(character));
    if (keep) out += character;
    else {
      for (let i = 0; i < character.length; i++) {
        out += `_x${character.charCodeAt(i).toString(16).padStart(4, '0')}_`;
      }
    }
    index++;
  }
  return out;
}

/** Decodes `_xHHHH_` escapes back to characters. */
export function decodeName(internalName: string): string {
  return internalName.replace(/_x([0-9a-fA-F]{4})_/g, (_, hex: string) =>
    String.fromCharCode(parseInt(hex, 16)),
  );
}

/**
 * The internal name SharePoint gives a new field: the encoded display name cut to 32 characters, with a
 * number appended (cutting further) while the name is taken.
 */
export function newInternalName(displayName: string, taken: (name: string) => boolean): string {
  const base = encodeName(displayName).slice(0, MAX_INTERNAL_NAME) || 'Field';
  if (!taken(base)) return base;
  for (let n = 0; ; n++) {
    const suffix = String(n);
    const candidate = `${base.slice(0, MAX_INTERNAL_NAME - suffix.length)}${suffix}`;
    if (!taken(candidate)) return candidate;
  }
}

/** The REST property name of a field: names starting with `_` get SharePoint's `OData_` prefix. */
export function entityPropertyName(internalName: string): string {
  return internalName.startsWith('_') ? `OData_${internalName}` : internalName;
}

/**
 * A list's URL name and entity type name from its title at creation: the URL keeps letters and digits
 * (`Inventering 2018` → `Inventering 2018` in the URL, `Inventering_x0020_2018List` as entity type).
 */
export function listNames(options: { title: string; baseTemplate: number }): {
  urlName: string;
  entityTypeName: string;
} {
  const urlName = options.title.replace(/[~"#%&*:<>?/\\{|}.]/g, '').trim() || 'List';
  const encoded = encodeName(urlName);
  return {
    urlName,
    entityTypeName: options.baseTemplate === 101 ? encoded : `${encoded}List`,
  };
}
