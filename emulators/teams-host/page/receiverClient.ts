// Reads the host's receiver doors from the page (same origin, so the guard lets it through) and turns a refusal
// into the bilingual sentence the door gave, for the panel's status line.

/** The door's JSON, or why there is none (Swedish / English). */
export type ReceiverReading =
  { readonly ok: true; readonly json: unknown } | { readonly ok: false; readonly message: string };

/** `GET path` on the host. */
export async function readReceiver(path: string): Promise<ReceiverReading> {
  let response: Response;
  try {
    response = await fetch(path, { headers: { Accept: 'application/json' } });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, message: `Värden svarar inte (${detail}). / The host does not answer (${detail}).` };
  }
  const json: unknown = await response.json().catch(() => undefined);
  if (response.ok) return { ok: true, json };
  const said = (json as { error?: unknown } | undefined)?.error;
  return {
    ok: false,
    message:
      typeof said === 'string'
        ? said
        : `HTTP ${response.status} från värden. / HTTP ${response.status} from the host.`,
  };
}
