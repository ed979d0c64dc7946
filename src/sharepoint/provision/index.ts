// Provisioning the site from the schema, and the unit folders' permissions (docs/provisioning.md).
export {
  provisionSite,
  siteUrlOf,
  type ProvisionEvent,
  type ProvisionOptions,
  type ProvisionReport,
} from './provisionSite';
export { planProvisioning, type ProvisionPlan, type SchemaConflict } from './plan';
export { describeStep, phaseOf, provisionPhases, type ProvisionPhase, type ProvisionStep } from './steps';
export { readSiteState, readWeb, type SiteState } from './siteState';
export { besvara, besluta, maskOf, permissionLevels, type PermissionLevel } from './permissionLevels';
export {
  boardGroupName,
  managersGroupName,
  projectTeamGroupName,
  reviewerGroupCode,
  reviewerGroupName,
} from './groups';
export { listGrants, type ListGrant, type SitePrincipal, type SiteRole } from './listPermissions';
export { fieldSchemaXml } from './fieldXml';
export { canonicalCaml, sameCaml } from './caml';
export { listServerRelativeUrl, unitFolderServerRelativeUrl } from './urls';
export {
  ensureUnitAccess,
  type UnitAccessEvent,
  type UnitAccessOptions,
  type UnitAccessReport,
} from './ensureUnitAccess';
export { planUnitAccess, reviewersOf, type UnitAccessPlan, type UnitAccessStep } from './unitAccessPlan';
export {
  readUnitAccessState,
  loginNameOf,
  upnOfLoginName,
  folderLists,
  type UnitAccessState,
} from './unitAccessState';
