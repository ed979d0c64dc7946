import { formatError, contentTypeFor, type Flavour } from '../odata/format';
import { reasonPhrase, type SpResponse } from '../response';

/** What makes one SharePoint error: HTTP status, SharePoint's `"<hresult>, <Exception.Type>"` code and text. */
export interface SpErrorInit {
  status: number;
  /** e.g. `-2147024891, System.UnauthorizedAccessException` */
  code: string;
  /** The `message.value` text, verbatim as SharePoint words it. */
  message: string;
  /** Extra response headers (Retry-After, WWW-Authenticate...). */
  headers?: Record<string, string>;
  /**
   * A body SharePoint sends instead of its OData error, whatever the flavour: token failures come from the
   * authentication layer as `{"error_description":"…"}`.
   */
  rawBody?: Record<string, unknown>;
}

/** An error SharePoint would answer; thrown by handlers, rendered once by the server in the requested flavour. */
export class SpError extends Error {
  readonly status: number;
  readonly code: string;
  readonly headers: Record<string, string>;
  private readonly rawBody: Record<string, unknown> | undefined;

  constructor(init: SpErrorInit) {
    super(init.message);
    this.name = 'SpError';
    this.status = init.status;
    this.code = init.code;
    this.headers = init.headers ?? {};
    this.rawBody = init.rawBody;
  }

  /** The reason phrase for the status line (PnPjs shows it in `HttpRequestError.message`). */
  get statusText(): string {
    return reasonPhrase(this.status);
  }

  /** SharePoint's error body (`odata.error` for minimal metadata, `error` for verbose and nometadata). */
  render(flavour: Flavour): SpResponse {
    if (this.rawBody) {
      return {
        status: this.status,
        statusText: this.statusText,
        headers: { 'Content-Type': 'application/json; charset=utf-8', ...this.headers },
        body: JSON.stringify(this.rawBody),
      };
    }
    return {
      status: this.status,
      statusText: this.statusText,
      headers: { 'Content-Type': contentTypeFor(flavour), ...this.headers },
      body: JSON.stringify(formatError(flavour, this.code, this.message)),
    };
  }
}
