import { GraphError } from './GraphError';

// Graph's own words where they were seen (docs/graph-receiver.md gives each source); where nobody has published
// them, English words of ours in Graph's envelope, marked "ours" below. Clients branch on `code` (Graph: "Error
// messages are not localized… can change at any time", https://learn.microsoft.com/graph/errors).
const INVALID_TOKEN = 'InvalidAuthenticationToken';
const IMPORT_DOCS =
  'https://docs.microsoft.com/microsoftteams/platform/graph-api/import-messages/import-external-messages-to-teams';

/** Every error the Graph side of the receiver answers, one function each. */
export const GraphErrors = {
  /** 401: no bearer token, or an empty one. */
  emptyToken: () => new GraphError(401, INVALID_TOKEN, 'Access token is empty.'),

  /** 401: a token that is not a JWT at all. */
  unparsableToken: () =>
    new GraphError(401, INVALID_TOKEN, 'CompactToken parsing failed with error code: 80049217'),

  /** 401: a JWT not signed by the dev identity, or meant for another resource. */
  invalidToken: () => new GraphError(401, INVALID_TOKEN, 'Access token validation failure.'),

  /** 401: a token past `exp` or before `nbf`. */
  expiredToken: () => new GraphError(401, INVALID_TOKEN, 'Access token has expired or is not yet valid.'),

  /** 401: an app-only token posting a channel message outside a migration. */
  appOnlyMessage: () =>
    new GraphError(
      401,
      'Unauthorized',
      `Message POST is allowed in application-only context only for import purposes. Refer to ${IMPORT_DOCS} for more details.`,
    ),

  /** 403: a delegated token without any of the scopes the API takes. */
  missingScope: (options: { required: readonly string[]; scopes: string }) =>
    new GraphError(
      403,
      'Forbidden',
      `Missing scope permissions on the request. API requires one of '${options.required.join(', ')}'. ` +
        `Scopes on the request '${options.scopes}'`,
    ),

  /** 400: a team id that is no GUID. */
  teamIdNotGuid: () => new GraphError(400, 'BadRequest', 'teamId needs to be a valid GUID.'),

  /** 404: no team has that group id. */
  teamNotFound: (teamId: string) =>
    new GraphError(404, 'ItemNotFound', `No team found with Group Id ${teamId}`),

  /** 404 (ours): the team has no such channel. */
  channelNotFound: (options: { teamId: string; channelId: string }) =>
    new GraphError(
      404,
      'NotFound',
      `Channel '${options.channelId}' was not found in team '${options.teamId}'.`,
    ),

  /** 404 (the directory's words for an unknown user; unconfirmed for this API). */
  userNotFound: (userId: string) =>
    new GraphError(
      404,
      'Request_ResourceNotFound',
      `Resource '${userId}' does not exist or one of its queried reference-property objects are not present.`,
    ),

  /** 400: a body that is not what the API reads (not JSON, a card as an object instead of a string…). */
  invalidBody: () => new GraphError(400, 'BadRequest', 'Invalid request body was sent.'),

  /** 400: an attachment whose marker is missing from `body.content`. */
  missingMarker: (id: string) =>
    new GraphError(
      400,
      'BadRequest',
      `Body does not contain marker for attachment with Id '${id}'. ` +
        `Add '<attachment id="${id}"></attachment>' to the message body.`,
    ),

  /** 400 (ours): a marker in `body.content` for an attachment the message does not carry. */
  unknownMarker: (id: string) =>
    new GraphError(
      400,
      'BadRequest',
      `Body contains a marker for attachment with Id '${id}', but attachments has no attachment with that Id.`,
    ),

  /** 400: a card attachment that cannot be read as a card; `detail` (ours) says why. */
  attachmentContent: (options: { id: string; detail?: string }) =>
    new GraphError(
      400,
      'BadRequest',
      `Failed to process content in attachment with Id '${options.id}'.` +
        (options.detail === undefined ? '' : ` ${options.detail}`),
    ),

  /** 400 (ours): a parameter of the request that breaks a documented rule. */
  invalidParameter: (message: string) => new GraphError(400, 'BadRequest', message),

  /** 400 (ours): a URL whose percent-encoding does not decode. */
  invalidUrl: () => new GraphError(400, 'BadRequest', 'Invalid request URL.'),

  /** 403: the app is not installed for the recipient (`path` as Graph names the action). */
  notInstalled: (options: { appId: string; path: string }) =>
    new GraphError(
      403,
      'Forbidden',
      `Application with AAD App Id '${options.appId}' is not authorized to generate custom text notifications ` +
        `about '${options.path}' to the recipient. Ensure that the expected Teams app is installed in the target ` +
        'scope (user, team, or chat).',
    ),

  /** 403 (ours, from the documented rule): a delegated caller notifying themselves. */
  selfNotification: () =>
    new GraphError(
      403,
      'Forbidden',
      "A user can't send notifications to themselves. For this scenario, use application permissions.",
    ),

  /** 403 (ours): what a fault answers for 403. */
  accessDenied: () => new GraphError(403, 'Forbidden', 'Access to the resource is denied.'),

  /** 403: a mailbox the token may not reach, or a token without the calendar permission (Exchange's words). */
  mailboxAccessDenied: () =>
    new GraphError(403, 'ErrorAccessDenied', 'Access is denied. Check credentials and try again.'),

  /** 400: `/me` with an app-only token, which names no user. */
  meWithoutUser: () =>
    new GraphError(400, 'BadRequest', '/me request is only valid with delegated authentication flow.'),

  /** 404: a mailbox named by an id no user has. */
  invalidUser: (userId: string) =>
    new GraphError(404, 'ErrorInvalidUser', `The requested user '${userId}' is invalid.`),

  /** 404: no item with that id in the mailbox (also after a cancel moved it to Deleted Items). */
  itemNotFound: () =>
    new GraphError(404, 'ErrorItemNotFound', 'The specified object was not found in the store.'),

  /** 400: an item id that is not one. */
  idMalformed: () => new GraphError(400, 'ErrorInvalidIdMalformed', 'Id is malformed.'),

  /** 400: a property the request's type does not have (OData's reader). */
  unknownProperty: (options: { name: string; type: string }) =>
    new GraphError(
      400,
      'RequestBodyRead',
      `The property '${options.name}' does not exist on type '${options.type}'. Make sure to only use property ` +
        'names that are defined by the type or mark the type as open type.',
    ),

  /** 400: an object, array or primitive where the type wants another kind (OData's reader). */
  unexpectedNode: (options: { found: string; expected: string }) =>
    new GraphError(
      400,
      'RequestBodyRead',
      `An unexpected '${options.found}' node was found when reading from the JSON reader. ` +
        `A '${options.expected}' node was expected.`,
    ),

  /** 400: a primitive of the wrong type (OData's reader). */
  literalType: (options: { literal: string; type: string }) =>
    new GraphError(
      400,
      'RequestBodyRead',
      `Cannot convert the literal '${options.literal}' to the expected type '${options.type}'.`,
    ),

  /** 400: a value an enum does not have (.NET's words, which Graph passes on). */
  enumValue: (value: string) =>
    new GraphError(400, 'RequestBodyRead', `Requested value '${value}' was not found.`),

  /** 400: Exchange's answer to a value it will not store (an end before the start, a date that is none). */
  propertyValidation: () =>
    new GraphError(400, 'ErrorPropertyValidationFailure', 'At least one property failed validation.'),

  /** 400: a `timeZone` Graph does not know. */
  timeZoneNotSupported: (timeZone: string) =>
    new GraphError(
      400,
      'TimeZoneNotSupportedException',
      `A valid TimeZone value must be specified. The following TimeZone value is not supported: '${timeZone}'.`,
    ),

  /** 400: an attendee cancelling a meeting (the words documented; the code unconfirmed). */
  notOrganizer: () =>
    new GraphError(
      400,
      'ErrorInvalidRequest',
      "Your request can't be completed. You need to be an organizer to cancel a meeting.",
    ),

  /** 413 (ours: Graph documents the status, not the code): a message above Teams' size limit. */
  tooLarge: (limitBytes: number) =>
    new GraphError(
      413,
      'RequestEntityTooLarge',
      `Request Entity too large. A message may be at most about 28 KB; the request body was larger than ${limitBytes} bytes.`,
    ),

  /** 415 (ours): a body that is not JSON by its Content-Type. */
  unsupportedMediaType: (contentType: string) =>
    new GraphError(
      415,
      'UnsupportedMediaType',
      `The content type '${contentType}' is not supported. Send Content-Type: application/json.`,
    ),

  /** 429, with `Retry-After` in whole seconds. */
  throttled: (retryAfterSeconds: number) =>
    new GraphError(429, 'TooManyRequests', 'Too many requests. Please try again later.', {
      'Retry-After': String(retryAfterSeconds),
    }),

  /** 500 (ours): what a fault answers for 500. */
  internal: () => new GraphError(500, 'InternalServerError', 'An internal server error occurred.'),

  /** 503 (ours), with `Retry-After`: what a fault answers for 503. */
  unavailable: (retryAfterSeconds: number) =>
    new GraphError(
      503,
      'ServiceNotAvailable',
      'The service is temporarily unavailable. Please try again later.',
      {
        'Retry-After': String(retryAfterSeconds),
      },
    ),

  /** 501: what the receiver does not model, named in Swedish and English (the receiver's own words). */
  notImplemented: (what: string) =>
    new GraphError(
      501,
      'NotImplemented',
      `Den lokala Graph-mottagaren modellerar inte ${what} (docs/graph-receiver.md). / ` +
        `The local Graph receiver does not model ${what} (docs/graph-receiver.md).`,
    ),
};
