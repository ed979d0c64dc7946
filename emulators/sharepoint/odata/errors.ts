/** Options of an {@link ODataSyntaxError}. */
export interface ODataSyntaxErrorOptions {
  /** 0-based offset in the parsed text where the problem was found. */
  position?: number;
  /** A developer-facing explanation for logs; `message` stays SharePoint's own wording. */
  detail?: string;
}

/**
 * A request whose URL, query option, `$batch` body or CAML cannot be parsed. Core answers it with SharePoint's
 * 400 `-1, Microsoft.SharePoint.Client.InvalidClientQueryException` and `message` as the error text.
 */
export class ODataSyntaxError extends Error {
  /** 0-based offset in the parsed text, when known. */
  readonly position?: number;
  /** Why the text was rejected, for logs. */
  readonly detail: string;

  constructor(message: string, options: ODataSyntaxErrorOptions = {}) {
    super(message);
    this.name = 'ODataSyntaxError';
    this.position = options.position;
    this.detail = options.detail ?? message;
  }
}

/**
 * Valid SharePoint input that this emulator does not implement (a CAML element, a literal type). Core turns it
 * into 501 in strict mode; it is still an {@link ODataSyntaxError} so that a plain catch answers 400.
 */
export class ODataUnsupportedError extends ODataSyntaxError {
  /** The construct that is not implemented, e.g. `<Membership>` or `binary'…'`. */
  readonly feature: string;

  constructor(feature: string, options: ODataSyntaxErrorOptions = {}) {
    super(`The emulator does not support ${feature}.`, options);
    this.name = 'ODataUnsupportedError';
    this.feature = feature;
  }
}

/**
 * A `$filter` or CAML `<Where>` nested deeper than the parser allows ({@link ODataTooDeepError.limit} levels).
 * The message is the one the OData library SharePoint's REST service is built on gives
 * (Microsoft.Data.OData `UriQueryExpressionParser_TooDeep`); core answers it with 400.
 */
export class ODataTooDeepError extends ODataSyntaxError {
  /** The number of levels allowed. */
  readonly limit: number;

  constructor(limit: number, options: ODataSyntaxErrorOptions = {}) {
    super('Recursion depth exceeded allowed limit.', {
      ...options,
      detail: options.detail ?? `The query is nested deeper than ${limit} levels.`,
    });
    this.name = 'ODataTooDeepError';
    this.limit = limit;
  }
}

/** `$top` above SharePoint's cap of 5000 rows per query; core decides which SharePoint error to answer with. */
export class ODataTopLimitError extends ODataSyntaxError {
  /** The `$top` the client asked for. */
  readonly requested: number;
  /** The cap that was exceeded. */
  readonly limit: number;

  constructor(requested: number, limit: number) {
    super(`The attempted operation is prohibited because it exceeds the list view threshold.`, {
      detail: `$top=${requested} is above the limit of ${limit} rows per query.`,
    });
    this.name = 'ODataTopLimitError';
    this.requested = requested;
    this.limit = limit;
  }
}

/** SharePoint's text for any `$filter`, `$select`, `$expand` or `$orderby` it cannot parse. */
export function invalidExpression(text: string, options: ODataSyntaxErrorOptions = {}): ODataSyntaxError {
  return new ODataSyntaxError(`The expression "${text}" is not valid.`, options);
}
