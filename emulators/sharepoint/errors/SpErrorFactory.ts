import { SpError } from './SpError';

// SharePoint's exception codes, "<HRESULT>, <.NET type>", as SharePoint Online puts them in `odata.error.code`.
const ACCESS_DENIED = '-2147024891, System.UnauthorizedAccessException';
const ARGUMENT = '-1, System.ArgumentException';
const ARGUMENT_HRESULT = '-2147024809, System.ArgumentException';
const INVALID_QUERY = '-1, Microsoft.SharePoint.Client.InvalidClientQueryException';
const SP_EXCEPTION = '-1, Microsoft.SharePoint.SPException';
const ACCESS_DENIED_TEXT =
  'Access denied. You do not have permission to perform this action or access this resource.';

/** The bearer challenge SharePoint Online sends with a 401 (realm = tenant id, client_id = its resource app). */
function bearerChallenge(realm: string): string {
  return (
    `Bearer realm="${realm}",client_id="00000003-0000-0ff1-ce00-000000000000",` +
    'trusted_issuers="00000001-0000-0000-c000-000000000000@*",' +
    'authorization_uri="https://login.windows.net/common/oauth2/authorize"'
  );
}

/**
 * Every error the emulator answers, one method each, with SharePoint Online's status, code and wording
 * (see docs/emulator.md for which wordings are confirmed). Handlers throw what these return.
 */
export const SpErrorFactory = {
  /** 401: no bearer token (SharePoint's challenge, with which clients discover the realm). */
  unauthorized(options: { realm: string }): SpError {
    return new SpError({
      status: 401,
      code: ACCESS_DENIED,
      message: ACCESS_DENIED_TEXT,
      headers: { 'WWW-Authenticate': bearerChallenge(options.realm) },
    });
  },

  /**
   * 401: a bearer token SharePoint does not accept. SharePoint's token layer answers
   * `{"error_description":"…"}` (e.g. "Invalid issuer or signature.") instead of an OData error.
   */
  invalidToken(options: { realm: string; description: string }): SpError {
    return new SpError({
      status: 401,
      code: ACCESS_DENIED,
      message: options.description,
      headers: { 'WWW-Authenticate': bearerChallenge(options.realm) },
      rawBody: { error_description: options.description },
    });
  },

  /** 403: the user lacks the permission the operation needs. */
  accessDenied(): SpError {
    return new SpError({ status: 403, code: ACCESS_DENIED, message: ACCESS_DENIED_TEXT });
  },

  /** 404: `getByTitle` of a list that does not exist. */
  listNotFoundByTitle(options: { title: string; webUrl: string }): SpError {
    return new SpError({
      status: 404,
      code: ARGUMENT,
      message: `List '${options.title}' does not exist at site with URL '${options.webUrl}'.`,
    });
  },

  /** 404: a list addressed by id or URL that does not exist. */
  listNotFound(): SpError {
    return new SpError({
      status: 404,
      code: '-2130575322, Microsoft.SharePoint.SPException',
      message:
        'List does not exist.\n\nThe page you selected contains a list that does not exist.  It may have been deleted by another user.',
    });
  },

  /** 404: an item that does not exist or that the user may not read (SharePoint does not tell them apart). */
  itemNotFound(): SpError {
    return new SpError({
      status: 404,
      code: '-2130575338, System.ArgumentException',
      message: 'Item does not exist. It may have been deleted by another user.',
    });
  },

  /** 400: a column named in `$filter`/`$orderby`, a field getter or a write body that the list lacks. */
  columnNotFound(options: { name: string }): SpError {
    return new SpError({
      status: 400,
      code: ARGUMENT_HRESULT,
      message: `Column '${options.name}' does not exist. It may have been deleted by another user.`,
    });
  },

  /** 404: a field addressed by id, title or internal name that the collection lacks. */
  fieldNotFound(options: { name: string }): SpError {
    return new SpError({
      status: 404,
      code: ARGUMENT_HRESULT,
      message: `Column '${options.name}' does not exist. It may have been deleted by another user.`,
    });
  },

  /** 400: `$select`/`$expand` of a field or property that does not exist. */
  fieldOrPropertyNotFound(options: { name: string }): SpError {
    return new SpError({
      status: 400,
      code: SP_EXCEPTION,
      message: `The field or property '${options.name}' does not exist.`,
    });
  },

  /** 400: a write body property that the entity type does not define. */
  propertyNotOnType(options: { name: string; type: string }): SpError {
    return new SpError({
      status: 400,
      code: INVALID_QUERY,
      message: `The property '${options.name}' does not exist on type '${options.type}'. Make sure to only use property names that are defined by the type.`,
    });
  },

  /** 400: an OData expression or option SharePoint cannot parse. */
  invalidQuery(options: { expression: string }): SpError {
    return new SpError({
      status: 400,
      code: INVALID_QUERY,
      message: `The expression "${options.expression}" is not valid.`,
    });
  },

  /** 400: an OData expression, option or path SharePoint cannot parse; `message` is SharePoint's wording. */
  invalidClientQuery(options: { message: string }): SpError {
    return new SpError({ status: 400, code: INVALID_QUERY, message: options.message });
  },

  /**
   * 400: a `$filter` SharePoint's `_api` parses but will not run, such as the date functions (`year(Created)`)
   * that only the old listdata.svc supported (sp-dev-docs #2791, #5481, #8323).
   */
  queryNotValid(): SpError {
    return new SpError({ status: 400, code: INVALID_QUERY, message: 'The query is not valid.' });
  },

  /**
   * 400: a title longer than SharePoint takes (255 characters, `model/limits.ts`). SharePoint's status is 400;
   * the exact code and wording of its refusal are not confirmed, so they are the generic argument error's.
   */
  valueTooLong(options: { what: string; limit: number }): SpError {
    return new SpError({
      status: 400,
      code: ARGUMENT_HRESULT,
      message: `The ${options.what} must be ${options.limit} characters or fewer.`,
    });
  },

  /** 400: a file or folder path longer than SharePoint takes (400 decoded characters, `model/limits.ts`). */
  pathTooLong(options: { url: string; limit: number }): SpError {
    return new SpError({
      status: 400,
      code: ARGUMENT_HRESULT,
      message: `The path '${options.url}' is longer than ${options.limit} characters.`,
    });
  },

  /** 400: a body that is not JSON. */
  invalidJson(): SpError {
    return new SpError({
      status: 400,
      code: INVALID_QUERY,
      message: 'Invalid JSON. A token was not recognized in the JSON content.',
    });
  },

  /**
   * 400: a JSON body whose objects and arrays nest deeper than the emulator reads. SharePoint's OData library
   * stops at 100 levels too (ODataMessageQuotas.MaxNestingDepth); its wording for it is unconfirmed.
   */
  payloadTooDeep(options: { limit: number }): SpError {
    return new SpError({
      status: 400,
      code: INVALID_QUERY,
      message: `The JSON payload is nested deeper than the maximum of ${options.limit} levels.`,
    });
  },

  /** 400: a value SharePoint rejects with its generic argument error. */
  invalidArgument(options: { message?: string } = {}): SpError {
    return new SpError({
      status: 400,
      code: ARGUMENT_HRESULT,
      message: options.message ?? 'Value does not fall within the expected range.',
    });
  },

  /** 404: a path segment SharePoint has no resource for (loose mode's answer to unsupported paths). */
  resourceNotFound(options: { segment: string }): SpError {
    return new SpError({
      status: 404,
      code: INVALID_QUERY,
      message: `Cannot find resource for the request ${options.segment}.`,
    });
  },

  /** 405: a verb the resource does not take, e.g. MERGE on a collection. */
  methodNotAllowed(options: { type: string; method: string }): SpError {
    return new SpError({
      status: 405,
      code: INVALID_QUERY,
      message: `The type ${options.type} does not support HTTP ${options.method} method.`,
    });
  },

  /** 412: `IF-MATCH` names another version than the stored one. */
  versionConflict(options: { requestETag: string; currentETag: string }): SpError {
    return new SpError({
      status: 412,
      code: '-1, Microsoft.SharePoint.Client.ClientServiceException',
      message: `The request ETag value '${options.requestETag}' does not match the object's ETag value '${options.currentETag}'.`,
    });
  },

  /** 500: a query on a list above the list view threshold that no index can serve. */
  listViewThreshold(): SpError {
    return new SpError({
      status: 500,
      code: '-2147024860, Microsoft.SharePoint.SPQueryThrottledException',
      message: 'The attempted operation is prohibited because it exceeds the list view threshold.',
    });
  },

  /** 500: a list title that another list of the web already has. */
  listAlreadyExists(): SpError {
    return new SpError({
      status: 500,
      code: '-2130575342, Microsoft.SharePoint.SPException',
      message:
        'A list, survey, discussion board, or document library with the specified title already exists in this Web site.  Please choose another title.',
    });
  },

  /** 500: a field whose internal name the list already has. */
  duplicateField(options: { name: string }): SpError {
    return new SpError({
      status: 500,
      code: '-2130575340, Microsoft.SharePoint.SPException',
      message: `A duplicate field name "${options.name}" was found.`,
    });
  },

  /** 400: a value that breaks a field's rules (required, choice, number range, unique values, length). */
  invalidFieldValue(options: { message: string }): SpError {
    return new SpError({ status: 400, code: ARGUMENT_HRESULT, message: options.message });
  },

  /** 400: a write whose JSON value cannot be read as the property's type. */
  cannotConvertValue(options: { edmType: string }): SpError {
    return new SpError({
      status: 400,
      code: INVALID_QUERY,
      message: `Cannot convert a primitive value to the expected type '${options.edmType}'. See the inner exception for more details.`,
    });
  },

  /** 400: a `__metadata.type` in a write body that is not the entity's type. */
  unresolvableType(options: { type: string }): SpError {
    return new SpError({
      status: 400,
      code: INVALID_QUERY,
      message: `A type named '${options.type}' could not be resolved by the model. When a model is available, each type name must resolve to a valid type.`,
    });
  },

  /** 400: a value already present in a column that enforces unique values. */
  duplicateValues(): SpError {
    return new SpError({
      status: 400,
      code: '-2130575169, Microsoft.SharePoint.SPDuplicateValuesFoundException',
      message:
        'The list item could not be added or updated because duplicate values were found in one or more fields in the list.',
    });
  },

  /** 404: a file or folder URL that does not exist. */
  fileNotFound(): SpError {
    return new SpError({
      status: 404,
      code: '-2147024894, System.IO.FileNotFoundException',
      message: 'File Not Found.',
    });
  },

  /** 400: a file that exists when `overwrite` was not asked for. */
  fileAlreadyExists(options: { url: string }): SpError {
    return new SpError({
      status: 400,
      code: '-2130575257, Microsoft.SharePoint.SPException',
      message: `A file with the name ${options.url} already exists.`,
    });
  },

  /** 404: a user id, e-mail or login name the site does not know. */
  userNotFound(): SpError {
    return new SpError({
      status: 404,
      code: '-2146232832, Microsoft.SharePoint.SPException',
      message: 'User cannot be found.',
    });
  },

  /** 404: a site group id or name the site does not know. */
  groupNotFound(): SpError {
    return new SpError({
      status: 404,
      code: '-2146232832, Microsoft.SharePoint.SPException',
      message: 'Group cannot be found.',
    });
  },

  /** 400: a site group title that is already taken. */
  groupAlreadyExists(options: { title: string }): SpError {
    return new SpError({
      status: 400,
      code: '-2130575293, Microsoft.SharePoint.SPException',
      message: `The specified name is already in use.\n\nThe group ${options.title} already exists.`,
    });
  },

  /** 404: a role definition (permission level) that does not exist. */
  roleDefinitionNotFound(): SpError {
    return new SpError({
      status: 404,
      code: '-2146232832, Microsoft.SharePoint.SPException',
      message: 'Permission level cannot be found.',
    });
  },

  /** 400: a change to a built-in role definition, which SharePoint does not allow. */
  roleDefinitionReadOnly(): SpError {
    return new SpError({
      status: 400,
      code: '-2146232832, Microsoft.SharePoint.SPException',
      message: 'You cannot customize permission levels in a web site with inherited permission levels.',
    });
  },

  /** 400: a role assignment change on an object that inherits its permissions. */
  inheritsPermissions(): SpError {
    return new SpError({
      status: 400,
      code: '-2146232832, Microsoft.SharePoint.SPException',
      message: 'This operation is not allowed on an object that inherits permissions.',
    });
  },

  /** 400: a `$batch` with more operations than SharePoint's 100. */
  batchTooLarge(options: { operations: number; maximum: number }): SpError {
    return new SpError({
      status: 400,
      code: INVALID_QUERY,
      message: `The batch request contains ${options.operations} operations, more than the maximum of ${options.maximum}.`,
    });
  },

  /** 400: a `$batch` body that is not a well-formed multipart/mixed message. */
  invalidBatch(options: { detail: string }): SpError {
    return new SpError({
      status: 400,
      code: INVALID_QUERY,
      message: `Invalid batch request. ${options.detail}`,
    });
  },

  /** 429: more requests per second than `--throttle` allows. */
  throttled(options: { retryAfterSeconds: number; limit: number }): SpError {
    return new SpError({
      status: 429,
      code: '-2146233088, Microsoft.SharePoint.SPRequestThrottledException',
      message: 'The request has been throttled. Wait for the time in the Retry-After header, then try again.',
      headers: {
        'Retry-After': String(options.retryAfterSeconds),
        'RateLimit-Limit': String(options.limit),
        'RateLimit-Remaining': '0',
        'RateLimit-Reset': String(options.retryAfterSeconds),
      },
    });
  },

  /** 503: an injected "Server Too Busy", as SharePoint Online sends under load. */
  serverTooBusy(options: { retryAfterSeconds: number }): SpError {
    return new SpError({
      status: 503,
      code: '-2146233088, Microsoft.SharePoint.SPServerTooBusyException',
      message: 'Server Too Busy. The server is currently unable to handle the request; try again later.',
      headers: { 'Retry-After': String(options.retryAfterSeconds) },
    });
  },

  /**
   * 413: a request body above the emulator's `maxBodyBytes` (`--max-body-mb`), refused before it is read.
   * SharePoint itself takes files of up to 2 GB through REST; the emulator keeps its site in memory and models
   * no chunked upload, so it stops far earlier and says so (docs/emulator.md, "Request bodies").
   */
  requestTooLarge(options: { maximumBytes: number }): SpError {
    const max = options.maximumBytes;
    return new SpError({
      status: 413,
      code: INVALID_QUERY,
      message:
        `Begärans kropp är större än emulatorns gräns på ${max} byte; höj den med --max-body-mb (maxBodyBytes). / ` +
        `The request body is larger than the emulator's limit of ${max} bytes; raise it with --max-body-mb (maxBodyBytes).`,
      headers: { Connection: 'close' },
    });
  },

  /**
   * 400: a `$filter` or CAML `<Where>` nested deeper than the emulator's limit. The wording is that of the OData
   * library SharePoint's REST service is built on (Microsoft.Data.OData, `UriQueryExpressionParser_TooDeep`);
   * whether SharePoint Online's own filter parser answers exactly this is unconfirmed.
   */
  queryTooDeep(): SpError {
    return new SpError({
      status: 400,
      code: INVALID_QUERY,
      message: 'Recursion depth exceeded allowed limit.',
    });
  },

  /**
   * 400: a `Host` header that is not a name the emulator listens under — what a DNS-rebinding page sends (http.sys
   * answers an unknown host the same way: "Bad Request - Invalid Hostname").
   */
  invalidHostname(options: { host: string }): SpError {
    return new SpError({
      status: 400,
      code: ARGUMENT,
      message:
        `Bad Request - Invalid Hostname: '${options.host}'. Emulatorn svarar bara på 127.0.0.1, localhost och ` +
        `adressen den lyssnar på, med sin port. / The emulator answers only to 127.0.0.1, localhost and the address ` +
        `it listens on, with its port.`,
    });
  },

  /** 400: a request target that is not a URL (http.sys: "Bad Request - Invalid URL"). */
  invalidRequestUrl(): SpError {
    return new SpError({ status: 400, code: ARGUMENT, message: 'Bad Request - Invalid URL' });
  },

  /**
   * 403: a page on another origin calling a side door (`/_emulator/…`), or asking for CORS, without being one of
   * the emulator's `allowedOrigins`. Names the switch that allows it.
   */
  crossOriginRefused(options: { origin: string }): SpError {
    return new SpError({
      status: 403,
      code: ACCESS_DENIED,
      message:
        `Emulatorn tar inte emot anrop från ${options.origin || 'en annan webbsida'}. Starta den med ` +
        `--allowed-origin <origin> (allowedOrigins) för de sidor som ska få anropa den. / The emulator does not ` +
        `accept requests from ${options.origin || 'another web page'}. Start it with --allowed-origin <origin> ` +
        `(allowedOrigins) for the pages that may call it.`,
    });
  },

  /** 415: a POST to a side door that is not `application/json` (a form or `text/plain`, which need no preflight). */
  sideDoorNeedsJson(options: { contentType: string }): SpError {
    return new SpError({
      status: 415,
      code: INVALID_QUERY,
      message:
        `Skicka Content-Type: application/json till /_emulator/ (inte '${options.contentType}'). / ` +
        `Send Content-Type: application/json to /_emulator/ (not '${options.contentType}').`,
    });
  },

  /** 500: a fault in the emulator itself; the text says what to report. */
  internal(options: { detail: string }): SpError {
    return new SpError({
      status: 500,
      code: '-2146233088, System.InvalidOperationException',
      message: `Internt fel i SharePoint-emulatorn: ${options.detail} / Internal error in the SharePoint emulator: ${options.detail}`,
    });
  },

  /**
   * 501: something SharePoint has that the emulator does not implement. A path, verb or option (strict mode)
   * names the `--loose` switch; a documented property the emulator does not model (`modelled: false`, see
   * `entities/entityTypes.ts`) says so, since no switch makes the emulator know it.
   */
  notImplemented(options: { what: string; modelled?: false }): SpError {
    if (options.modelled === false) {
      return new SpError({
        status: 501,
        code: '-1, Microsoft.SharePoint.Client.NotSupportedException',
        message:
          `SharePoint-emulatorn modellerar inte ${options.what}, som SharePoint har (docs/emulator.md, ` +
          `"Entitetstyper"). / The SharePoint emulator does not model ${options.what}, which SharePoint has ` +
          `(docs/emulator.md, "Entity types").`,
      });
    }
    return new SpError({
      status: 501,
      code: '-1, Microsoft.SharePoint.Client.NotSupportedException',
      message:
        `SharePoint-emulatorn stöder inte ${options.what} (strikt läge). Starta den med --loose (strict: false) för att ` +
        `i stället få SharePoints eget svar på okända sökvägar och ignorera okända OData-alternativ. / ` +
        `The SharePoint emulator does not support ${options.what} (strict mode). Start it with --loose (strict: false) ` +
        `to get SharePoint's own answer for unknown paths and to ignore unknown OData options instead.`,
    });
  },
} as const;
