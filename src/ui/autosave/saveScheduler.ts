import { AppError, asAppError } from '../../domain';
import { saveRecovery } from '../common/errorText';

/** Where the autosave is, as the form shows it. */
export type SaveStatus =
  /** Nothing changed since the form opened. */
  | { readonly kind: 'idle' }
  /** Changes wait for the typing to pause. */
  | { readonly kind: 'pending' }
  /** A save is under way; `slow` once it has taken long (PnPjs is retrying a 429/503). */
  | { readonly kind: 'saving'; readonly slow: boolean }
  /** Everything typed is stored. */
  | { readonly kind: 'saved' }
  /** No network: the backup holds the changes; saved when the browser is online again. */
  | { readonly kind: 'offline' }
  /** The last save failed; `retryInSeconds` when another attempt is scheduled. */
  | { readonly kind: 'failed'; readonly error: AppError; readonly retryInSeconds: number | null }
  /** Someone else saved first; nothing is saved until the manager has chosen (the conflict dialog). */
  | { readonly kind: 'conflict'; readonly error: AppError };

/** Options for `SaveScheduler`. */
export interface SaveSchedulerOptions {
  /** Quiet time after the last change before saving, in ms. */
  readonly delayMs: number;
  /** How long a save may take before it counts as slow, in ms. */
  readonly slowAfterMs: number;
  /** Whether the browser believes it is online. */
  readonly isOnline: () => boolean;
  /** Stores the latest draft. @throws AppError from the repository */
  readonly save: () => Promise<void>;
  /** Called on every change of status. */
  readonly onStatus: (status: SaveStatus) => void;
}

// When throttled or unavailable without a Retry-After, or offline while the browser claims to be online, the
// next attempt waits this long; PnPjs has already retried the request several times by then.
const retryLaterSeconds = 30;
const offlineRetrySeconds = 15;

/**
 * Debounced saving with one save in flight at a time: changes made during a save are saved after it; a failed
 * save keeps the changes pending and recovers as `saveRecovery` says for its error code. Uses the global timers,
 * so tests drive it with fake timers.
 */
export class SaveScheduler {
  private dirty = false;
  private running: Promise<void> | null = null;
  private blocked: 'conflict' | 'offline' | 'failed' | null = null;
  private debounceTimer: ReturnType<typeof setTimeout> | undefined;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private slowTimer: ReturnType<typeof setTimeout> | undefined;
  private disposed = false;

  constructor(private readonly options: SaveSchedulerOptions) {}

  /** The content changed: save once typing pauses. */
  changed(): void {
    this.dirty = true;
    if (this.disposed || this.blocked === 'conflict' || this.running !== null) return;
    if (!this.options.isOnline()) {
      this.waitForNetwork();
      return;
    }
    this.blocked = null;
    clearTimeout(this.debounceTimer);
    this.debounceTimer = setTimeout(() => void this.attempt(), this.options.delayMs);
    this.status({ kind: 'pending' });
  }

  /**
   * Saves what is pending now and waits for it (before a submit).
   * @throws AppError when the save fails
   */
  async flush(): Promise<void> {
    clearTimeout(this.debounceTimer);
    if (this.running !== null) await this.running.catch(() => undefined);
    if (this.dirty && this.blocked !== 'conflict') await this.run();
  }

  /** The browser is online again: save what waited. */
  online(): void {
    if (this.blocked === 'offline' && this.dirty) void this.attempt();
  }

  /** The manager asked to try again now. */
  retryNow(): void {
    if (this.blocked === 'conflict') return;
    this.blocked = null;
    if (this.dirty) void this.attempt();
  }

  /** The conflict is resolved (the draft now carries the stored version): save what was chosen. */
  resolved(): void {
    this.blocked = null;
    this.changed();
  }

  /** The pending changes were given up (the manager took the stored version): nothing is left to save. */
  discard(): void {
    this.blocked = null;
    this.dirty = false;
    clearTimeout(this.debounceTimer);
    clearTimeout(this.retryTimer);
    this.status({ kind: 'idle' });
  }

  /** Stops every timer; a save under way still completes. */
  dispose(): void {
    this.disposed = true;
    clearTimeout(this.debounceTimer);
    clearTimeout(this.retryTimer);
    clearTimeout(this.slowTimer);
  }

  private attempt(): Promise<void> {
    return this.run().catch(() => undefined);
  }

  private run(): Promise<void> {
    clearTimeout(this.debounceTimer);
    clearTimeout(this.retryTimer);
    if (!this.options.isOnline()) {
      this.waitForNetwork();
      return Promise.reject(new AppError('offline', { message: 'The browser is offline.' }));
    }
    this.dirty = false;
    this.status({ kind: 'saving', slow: false });
    this.slowTimer = setTimeout(() => this.status({ kind: 'saving', slow: true }), this.options.slowAfterMs);
    const running = this.options.save().then(
      () => this.succeeded(),
      (error: unknown) => {
        throw this.failed(asAppError(error));
      },
    );
    this.running = running;
    return running;
  }

  private succeeded(): void {
    clearTimeout(this.slowTimer);
    this.running = null;
    this.blocked = null;
    if (this.dirty) this.changed();
    else this.status({ kind: 'saved' });
  }

  private failed(error: AppError): AppError {
    clearTimeout(this.slowTimer);
    this.running = null;
    this.dirty = true;
    switch (saveRecovery(error.code)) {
      case 'resolveConflict':
        this.blocked = 'conflict';
        this.status({ kind: 'conflict', error });
        break;
      case 'waitForNetwork':
        this.waitForNetwork();
        break;
      case 'retryLater': {
        const seconds = error.retryAfterSeconds ?? retryLaterSeconds;
        this.blocked = 'failed';
        this.retryTimer = setTimeout(() => void this.attempt(), seconds * 1000);
        this.status({ kind: 'failed', error, retryInSeconds: seconds });
        break;
      }
      case 'retryManually':
        this.blocked = 'failed';
        this.status({ kind: 'failed', error, retryInSeconds: null });
        break;
    }
    return error;
  }

  private waitForNetwork(): void {
    this.blocked = 'offline';
    clearTimeout(this.debounceTimer);
    clearTimeout(this.retryTimer);
    // The browser may believe it is online while the network is dead: try again now and then as well.
    this.retryTimer = setTimeout(() => void this.attempt(), offlineRetrySeconds * 1000);
    this.status({ kind: 'offline' });
  }

  private status(status: SaveStatus): void {
    if (!this.disposed) this.options.onStatus(status);
  }
}
