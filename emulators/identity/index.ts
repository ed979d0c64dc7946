export {
  DevIdentity,
  DEV_ISSUER,
  DEV_TENANT_ID,
  GRAPH_DELEGATED_SCOPES,
  GRAPH_RESOURCE,
  SHAREPOINT_RESOURCE_APP_ID,
  type IssueTokenOptions,
} from './DevIdentity';
export {
  JwtError,
  decodeJwtClaims,
  signJwt,
  verifyJwt,
  type AccessTokenClaims,
  type JwtFailure,
} from './jwt';
export { oidFromUpn } from './oid';
export { DEV_PERSONAS, SITE_ADMIN_UPN, displayNameFor, type DevPersona } from './personas';
