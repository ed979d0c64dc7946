// SharePoint Online's error answers, each with its public source (issue threads and docs where SharePoint's answer
// was quoted verbatim).

/** An expected error: status, `code` and (when known verbatim) `message.value`. */
export interface ExpectedSpError {
  status: number;
  statusText: string;
  code: string;
  message?: string;
}

/** Verbatim PnPjs output in pnpjs docs/concepts/error-handling.md. */
export function listNotFound(title: string, siteUrl: string): ExpectedSpError {
  return {
    status: 404,
    statusText: 'Not Found',
    code: '-1, System.ArgumentException',
    message: `List '${title}' does not exist at site with URL '${siteUrl}'.`,
  };
}

/**
 * A list id that does not exist. cli-microsoft365's mocks give `-1,
 * System.ArgumentException`, but a real SPO error quoted in pnp/custom-learning-office-365 #8 has ServerErrorCode
 * -2130575322 and ServerErrorTypeName Microsoft.SharePoint.SPException. The message continues after a blank line,
 * so tests compare its first line.
 */
export const listByIdNotFound = {
  status: 404,
  statusText: 'Not Found',
  code: '-2130575322, Microsoft.SharePoint.SPException',
  firstLine: 'List does not exist.',
};

/** cli-microsoft365's verbose batch mock. */
export const itemNotFound: ExpectedSpError = {
  status: 404,
  statusText: 'Not Found',
  code: '-2130575338, System.ArgumentException',
  message: 'Item does not exist. It may have been deleted by another user.',
};

/** The user-context wording (onedrive-api-docs #729); app-only tokens get another sentence. */
export const accessDenied: ExpectedSpError = {
  status: 403,
  statusText: 'Forbidden',
  code: '-2147024891, System.UnauthorizedAccessException',
  message: 'Access denied. You do not have permission to perform this action or access this resource.',
};

/** sp-dev-fx-controls-react #1509: `The request ETag value '"8"' does not match the object's ETag value '"<guid>,9"'.` */
export function etagMismatch(
  sent: string,
  currentVersion: number,
): ExpectedSpError & { messagePattern: RegExp } {
  const escaped = sent.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return {
    status: 412,
    statusText: 'Precondition Failed',
    code: '-1, Microsoft.SharePoint.Client.ClientServiceException',
    messagePattern: new RegExp(
      `^The request ETag value '${escaped}' does not match the object's ETag value '"(?:[0-9a-f-]{36},)?${currentVersion}"'\\.$`,
      'i',
    ),
  };
}

/** Atvero-Issues #5, office365-rest-python-client #524. */
export function selectUnknownField(name: string): ExpectedSpError {
  return {
    status: 400,
    statusText: 'Bad Request',
    code: '-1, Microsoft.SharePoint.SPException',
    message: `The field or property '${name}' does not exist.`,
  };
}

/** pnp/PnP #1585, pnpcore #295; CSOM appends the list path, so tests compare the start. */
export function columnNotFound(name: string): ExpectedSpError & { messageStart: string } {
  return {
    status: 400,
    statusText: 'Bad Request',
    code: '-2147024809, System.ArgumentException',
    messageStart: `Column '${name}' does not exist. It may have been deleted by another user.`,
  };
}

/** The OData library's wording for an unknown property in a write body. */
export function unknownWriteProperty(name: string, entityType: string): ExpectedSpError {
  return {
    status: 400,
    statusText: 'Bad Request',
    code: '-1, Microsoft.SharePoint.Client.InvalidClientQueryException',
    message: `The property '${name}' does not exist on type '${entityType}'. Make sure to only use property names that are defined by the type.`,
  };
}

/** office365-rest-python-client #804/#462, onedrive-api-docs #1510 (current SPO wording). */
export const listViewThreshold: ExpectedSpError = {
  status: 500,
  statusText: 'Internal Server Error',
  code: '-2147024860, Microsoft.SharePoint.SPQueryThrottledException',
  message: 'The attempted operation is prohibited because it exceeds the list view threshold.',
};

/** Bad `$filter` syntax (Graph→SPO passthrough, microsoft-graph-docs #9306). */
export const invalidClientQuery = {
  status: 400,
  statusText: 'Bad Request',
  code: '-1, Microsoft.SharePoint.Client.InvalidClientQueryException',
};

/** Role definitions every SharePoint site has (cli-microsoft365 roledefinition mocks). */
export const builtInRoleDefinitions = [
  {
    Id: 1073741829,
    Name: 'Full Control',
    RoleTypeKind: 5,
    BasePermissions: { High: '2147483647', Low: '4294967295' },
  },
  { Id: 1073741828, Name: 'Design', RoleTypeKind: 4, BasePermissions: { High: '432', Low: '1012866047' } },
  { Id: 1073741830, Name: 'Edit', RoleTypeKind: 6, BasePermissions: { High: '432', Low: '1011030767' } },
  { Id: 1073741827, Name: 'Contribute', RoleTypeKind: 3 },
  { Id: 1073741826, Name: 'Read', RoleTypeKind: 2, BasePermissions: { High: '176', Low: '138612833' } },
  { Id: 1073741825, Name: 'Limited Access', RoleTypeKind: 1 },
] as const;

/** Role definition ids used by the tests. */
export const roleIds = {
  fullControl: 1073741829,
  edit: 1073741830,
  contribute: 1073741827,
  read: 1073741826,
} as const;
