import { type LocalizedText } from '../../domain';
import { type FieldSchema, type ListSchema, type ViewSchema } from '../schema';
import { type SitePrincipal, type SiteRole } from './listPermissions';
import { type PermissionLevel } from './permissionLevels';

/** The order provisioning works in; each phase needs what the ones before it made. */
export type ProvisionPhase = 'security' | 'lists' | 'columns' | 'views' | 'permissions';

/** Every phase, in order. */
export const provisionPhases: readonly ProvisionPhase[] = [
  'security',
  'lists',
  'columns',
  'views',
  'permissions',
];

/** One change provisioning makes to the site. Steps are data: planned first, printed, then applied. */
export type ProvisionStep =
  | { readonly kind: 'createRoleDefinition'; readonly level: PermissionLevel }
  | { readonly kind: 'updateRoleDefinition'; readonly level: PermissionLevel; readonly id: number }
  | { readonly kind: 'createGroup'; readonly name: string; readonly description: string }
  | { readonly kind: 'createList'; readonly list: ListSchema }
  | {
      readonly kind: 'updateList';
      readonly list: ListSchema;
      readonly changes: { readonly Title?: string; readonly Description?: string };
    }
  | { readonly kind: 'createField'; readonly list: ListSchema; readonly field: FieldSchema }
  | {
      readonly kind: 'updateField';
      readonly list: ListSchema;
      /** The field's internal name (`Title` for the built-in title column). */
      readonly internalName: string;
      /** The REST entity type sent with the update (`SP.FieldText`, …). */
      readonly entityType: string;
      readonly changes: Readonly<Record<string, unknown>>;
    }
  | { readonly kind: 'createView'; readonly list: ListSchema; readonly view: ViewSchema }
  | {
      readonly kind: 'updateView';
      readonly list: ListSchema;
      readonly view: ViewSchema;
      readonly changes: Readonly<Record<string, unknown>>;
      /** The view's columns must be replaced. */
      readonly columns: 'replace' | 'keep';
    }
  | { readonly kind: 'breakInheritance'; readonly list: ListSchema }
  | {
      readonly kind: 'grant';
      readonly list: ListSchema;
      readonly principal: SitePrincipal;
      readonly role: SiteRole;
    }
  | {
      readonly kind: 'revoke';
      readonly list: ListSchema;
      readonly principalId: number;
      readonly principalName: string;
      readonly roleDefinitionId: number;
      readonly roleName: string;
    };

/** The phase a step belongs to. */
export function phaseOf(step: ProvisionStep): ProvisionPhase {
  switch (step.kind) {
    case 'createRoleDefinition':
    case 'updateRoleDefinition':
    case 'createGroup':
      return 'security';
    case 'createList':
      return 'lists';
    case 'updateList':
    case 'createField':
    case 'updateField':
      return 'columns';
    case 'createView':
    case 'updateView':
      return 'views';
    case 'breakInheritance':
    case 'grant':
    case 'revoke':
      return 'permissions';
  }
}

const principalNames: Readonly<Record<SitePrincipal, LocalizedText>> = {
  owners: { sv: 'webbplatsens ägare', en: 'the site owners' },
  projectTeam: { sv: 'projektgruppen', en: 'the project team' },
  managers: { sv: 'cheferna', en: 'the managers' },
  board: { sv: 'kommunstyrelsen', en: 'the board' },
};

const roleNames: Readonly<Record<SiteRole, string>> = {
  fullControl: 'Full Control',
  edit: 'Edit',
  read: 'Read',
  besvara: 'Besvara',
  besluta: 'Besluta',
};

const changed = (changes: Readonly<Record<string, unknown>>): string => Object.keys(changes).join(', ');

/** What a step does, in Swedish and English, for the terminal and the report. */
export function describeStep(step: ProvisionStep): LocalizedText {
  switch (step.kind) {
    case 'createRoleDefinition':
      return {
        sv: `Skapa behörighetsnivån ${step.level.name}`,
        en: `Create the permission level ${step.level.name}`,
      };
    case 'updateRoleDefinition':
      return {
        sv: `Uppdatera behörighetsnivån ${step.level.name}`,
        en: `Update the permission level ${step.level.name}`,
      };
    case 'createGroup':
      return { sv: `Skapa gruppen ${step.name}`, en: `Create the group ${step.name}` };
    case 'createList':
      return {
        sv: `Skapa ${step.list.template === 101 ? 'biblioteket' : 'listan'} ${step.list.title} (${step.list.url})`,
        en: `Create the ${step.list.template === 101 ? 'library' : 'list'} ${step.list.title} (${step.list.url})`,
      };
    case 'updateList':
      return {
        sv: `${step.list.title}: ändra ${changed(step.changes)}`,
        en: `${step.list.title}: change ${changed(step.changes)}`,
      };
    case 'createField':
      return {
        sv: `${step.list.title}: skapa kolumnen ${step.field.displayName} (${step.field.internalName}, ${step.field.kind})`,
        en: `${step.list.title}: create the column ${step.field.displayName} (${step.field.internalName}, ${step.field.kind})`,
      };
    case 'updateField':
      return {
        sv: `${step.list.title}: ändra kolumnen ${step.internalName} (${changed(step.changes)})`,
        en: `${step.list.title}: change the column ${step.internalName} (${changed(step.changes)})`,
      };
    case 'createView':
      return {
        sv: `${step.list.title}: skapa vyn ${step.view.title}`,
        en: `${step.list.title}: create the view ${step.view.title}`,
      };
    case 'updateView': {
      const what = [...Object.keys(step.changes), ...(step.columns === 'replace' ? ['ViewFields'] : [])];
      return {
        sv: `${step.list.title}: ändra vyn ${step.view.title} (${what.join(', ')})`,
        en: `${step.list.title}: change the view ${step.view.title} (${what.join(', ')})`,
      };
    }
    case 'breakInheritance':
      return {
        sv: `${step.list.title}: egna behörigheter (bryt arvet från webbplatsen)`,
        en: `${step.list.title}: own permissions (break inheritance from the site)`,
      };
    case 'grant':
      return {
        sv: `${step.list.title}: ge ${principalNames[step.principal].sv} ${roleNames[step.role]}`,
        en: `${step.list.title}: give ${principalNames[step.principal].en} ${roleNames[step.role]}`,
      };
    case 'revoke':
      return {
        sv: `${step.list.title}: ta bort ${step.roleName} för ${step.principalName}`,
        en: `${step.list.title}: remove ${step.roleName} from ${step.principalName}`,
      };
  }
}
