import type { Entity } from './handlers/entity';
import type { Flavour } from './odata/format';
import type { QueryOptions } from './odata/query';
import type { UserRecord } from './model/records';
import type { PermissionEvaluator } from './security/PermissionEvaluator';
import type { Resource } from './router/resources';
import type { ListStore } from './store/ListStore';

/** Settings that may change while the emulator runs (`configure`). */
export interface EmulatorSettings {
  /** List view threshold. */
  threshold: number;
  /** Unsupported paths and options → 501 naming `--loose`. */
  strict: boolean;
}

/** Where the site lives. */
export interface SiteInfo {
  /** e.g. `http://127.0.0.1:7071` */
  origin: string;
  /** e.g. `/sites/stodinventering` */
  serverRelativeUrl: string;
  /** e.g. `http://127.0.0.1:7071/sites/stodinventering` */
  webUrl: string;
  /** The tenant id SharePoint names as `realm` in its 401 challenge. */
  realm: string;
}

/** One SharePoint API request as a handler sees it (a `$batch` part is one too). */
export interface RequestContext {
  /** Upper case, with `X-HTTP-Method` applied (MERGE, DELETE, PUT...). */
  readonly method: string;
  readonly url: URL;
  /** The path after `<site>/_api/`, still percent-encoded. */
  readonly apiPath: string;
  /** Lower-case names. */
  readonly headers: Readonly<Record<string, string>>;
  readonly body: Buffer;
  readonly flavour: Flavour;
  /** The OData system query options of the URL. */
  readonly query: QueryOptions;
  readonly site: SiteInfo;
  readonly store: ListStore;
  readonly user: UserRecord;
  readonly security: PermissionEvaluator;
  readonly settings: EmulatorSettings;
  /** When the request arrived; every timestamp a request writes is this one. */
  readonly now: Date;
  /**
   * The entity a resource stands for, as its family describes it. Navigation properties resolve through it, so
   * that the modules describing entities never import one another.
   * @throws SpError (500) when no family describes the resource.
   */
  readonly describe: (resource: Resource) => Entity;
}
