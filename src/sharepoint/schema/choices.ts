import {
  type AnswerStatus,
  type CardRoute,
  type Delivery,
  type InvitationState,
  type ManagerLevel,
  type Placement,
  type SessionKind,
  type SupportLocation,
  type UnitKind,
  type Verdict,
} from '../../domain';

// Choice values are stored as the Swedish words reviewers see and filter on in SharePoint. They are data that
// lives in the site for years, so they are fixed here and never derived from the (changeable) string tables.

/** The Status column's value for each answer status (the manager's; a verdict is never stored there). */
export const statusChoice: Readonly<Record<AnswerStatus, string>> = {
  notStarted: 'Ej påbörjad',
  draft: 'Utkast',
  submitted: 'Inskickad',
};

/** The Verdict column's value for each reviewer's verdict (Granskningsbeslut). */
export const verdictChoice: Readonly<Record<Verdict, string>> = {
  approved: 'Godkänd',
  returned: 'Återsänd',
};

/** The UnitKind column's value for each unit kind. */
export const unitKindChoice: Readonly<Record<UnitKind, string>> = {
  sektor: 'Sektor',
  kontor: 'Kontor',
  enhet: 'Enhet',
};

/** The ManagerLevel column's value for each manager level. */
export const managerLevelChoice: Readonly<Record<ManagerLevel, string>> = {
  kommundirektor: 'Kommundirektör',
  sektorchef: 'Sektorchef',
  kontorschef: 'Kontorschef',
  avdelningschef: 'Avdelningschef',
  enhetschef: 'Enhetschef',
};

/** The SupportLocations column's value for each support location. */
export const locationChoice: Readonly<Record<SupportLocation, string>> = {
  egenEnhet: 'Egen enhet',
  kontor: 'Kontoret',
  sektor: 'Sektorn',
  central: 'Centralt',
  extern: 'Externt',
};

/** The Placement column's value for each placement view. */
export const placementChoice: Readonly<Record<Placement, string>> = {
  verksamhetsnara: 'Verksamhetsnära',
  samordnaSektor: 'Samordnas i sektorn',
  centralisera: 'Centraliseras',
};

/** The Delivery column's value: whether a summary or reminder reached Teams (Sammanställningar, Påminnelser). */
export const deliveryChoice: Readonly<Record<Delivery, string>> = {
  sending: 'Skickas',
  posted: 'Skickad',
  failed: 'Misslyckades',
};

/** The SessionKind column's value (Tider): an interview or a group seminar. */
export const sessionKindChoice: Readonly<Record<SessionKind, string>> = {
  intervju: 'Intervju',
  gruppseminarium: 'Gruppseminarium',
};

/** The Invitation column's value (Bokningar): where a booking's calendar invitation stands. */
export const invitationChoice: Readonly<Record<InvitationState, string>> = {
  sending: 'Skickas',
  sent: 'Skickad',
  failed: 'Misslyckades',
};

/** The Route column's value: the way a summary took into the channel. */
export const cardRouteChoice: Readonly<Record<CardRoute, string>> = {
  graph: 'Graph',
  workflows: 'Workflows',
};

/** The inverse of a choice map: the domain id of a stored choice value, or `undefined` for an unknown value. */
export function choiceId<K extends string>(map: Readonly<Record<K, string>>, value: string): K | undefined {
  return (Object.keys(map) as K[]).find((key) => map[key] === value);
}
