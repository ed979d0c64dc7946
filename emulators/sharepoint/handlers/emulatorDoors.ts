import type { FaultSettings } from '../middleware/faults';
import type { StatsSnapshot } from '../middleware/stats';
import { SpErrorFactory } from '../errors/SpErrorFactory';
import { GRAPH_RESOURCE } from '../../identity';
import type { SpResponse } from '../response';
import { MAX_JSON_DEPTH, nestsDeeperThan } from './jsonDepth';

/** What can be changed at run time through `configure` and `POST /_emulator/configure`. */
export interface RuntimeChange {
  throttle?: number;
  faults?: FaultSettings;
  threshold?: number;
}

/** The emulator's own operations behind `/_emulator/`. */
export interface SideDoors {
  token(upn: string, claims: { name?: string; resource?: 'graph' }): string;
  stats(): StatsSnapshot;
  resetStats(): void;
  /** @throws Error for values out of range. */
  configure(change: RuntimeChange): void;
}

const JSON_TYPE = 'application/json;charset=utf-8';

/**
 * The only non-SharePoint endpoints (no token needed): `POST /_emulator/token`, `GET /_emulator/stats`,
 * `POST /_emulator/stats/reset`, `POST /_emulator/configure`.
 */
export function handleSideDoor(
  request: { method: string; path: string; body: Buffer },
  doors: SideDoors,
): SpResponse {
  const route = `${request.method.toUpperCase()} ${request.path.replace(/\/+$/, '')}`;
  try {
    switch (route) {
      case 'POST /_emulator/token': {
        const body = parse(request.body);
        const upn = body.upn;
        if (typeof upn !== 'string' || !/^[^\s@]+@[^\s@]+$/.test(upn)) {
          throw new Error(
            'Ange "upn" som en e-postadress, t.ex. anna.berg@kommun.example. / Give "upn" as an e-mail address, e.g. anna.berg@kommun.example.',
          );
        }
        const name = typeof body.name === 'string' ? body.name : undefined;
        // `resource`: absent for the site, or Graph's, for the local Graph receiver.
        if (body.resource !== undefined && body.resource !== GRAPH_RESOURCE) {
          throw new Error(
            `"resource" kan bara vara ${GRAPH_RESOURCE} (eller utelämnas för webbplatsen). / "resource" can only be ${GRAPH_RESOURCE} (or left out for the site).`,
          );
        }
        return json(200, {
          access_token: doors.token(upn, {
            ...(name !== undefined && { name }),
            ...(body.resource !== undefined && { resource: 'graph' as const }),
          }),
          token_type: 'Bearer',
          expires_in: 3600,
        });
      }
      case 'GET /_emulator/stats':
        return json(200, doors.stats());
      case 'POST /_emulator/stats/reset':
        doors.resetStats();
        return json(200, doors.stats());
      case 'POST /_emulator/configure':
        doors.configure(parse(request.body) as RuntimeChange);
        return json(200, { ok: true });
      default:
        return SpErrorFactory.resourceNotFound({ segment: request.path }).render('nometadata');
    }
  } catch (error) {
    return SpErrorFactory.invalidArgument({ message: (error as Error).message }).render('nometadata');
  }
}

function parse(body: Buffer): Record<string, unknown> {
  const text = body.toString('utf8').trim();
  if (text === '') return {};
  const value: unknown = JSON.parse(text);
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new Error('Kroppen måste vara ett JSON-objekt. / The body must be a JSON object.');
  }
  if (nestsDeeperThan(value, MAX_JSON_DEPTH)) {
    throw new Error(
      `Kroppen är nästlad djupare än ${MAX_JSON_DEPTH} nivåer. / The body nests deeper than ${MAX_JSON_DEPTH} levels.`,
    );
  }
  return value as Record<string, unknown>;
}

function json(status: number, value: unknown): SpResponse {
  return { status, headers: { 'Content-Type': JSON_TYPE }, body: JSON.stringify(value) };
}
