import { type StringTable } from './sv';

/** English user texts; typed as a complete `StringTable`, so a key missing here does not compile. */
export const en: StringTable = {
  'app.name': 'Stödinventering',
  'shell.tagline': "Inventory of support functions in the municipality's units",
  'shell.intro':
    'Here every manager records the support resources their unit has and receives, with an assessment of quality and competence. Reviewers in offices and sectors go through the answers, and the municipal board receives a summary per sector.',

  'error.conflict':
    'Someone else changed this inventory while you were working. Compare the versions and choose which one applies.',
  'error.throttled': 'SharePoint is receiving too many requests right now. Try again in a moment.',
  'error.throttledRetry':
    'SharePoint is receiving too many requests right now. Try again in {seconds} seconds.',
  'error.forbidden': 'You do not have permission to do this.',
  'error.notFound': 'What you are looking for does not exist or has been removed.',
  'error.invalid': 'Some values are not valid. Correct the highlighted fields and try again.',
  'error.notInTeams': 'Open this app in Microsoft Teams.',
  'error.offline': 'No connection. Try again when you are online.',
  'error.unavailable': 'The service is not available right now. Try again later.',
  'error.unauthenticated': 'You need to sign in again.',
  'error.unexpected': 'Something went wrong. Try again, and contact the project team if it keeps happening.',

  'status.notStarted': 'Not started',
  'status.draft': 'Draft',
  'status.submitted': 'Submitted',
  'status.returned': 'Returned',
  'status.approved': 'Approved',

  'level.kommun': 'Municipality',
  'unitKind.sektor': 'Sector',
  'unitKind.kontor': 'Office',
  'unitKind.enhet': 'Unit',

  'managerLevel.kommundirektor': 'Municipal director',
  'managerLevel.sektorchef': 'Head of sector',
  'managerLevel.kontorschef': 'Head of office',
  'managerLevel.avdelningschef': 'Head of department',
  'managerLevel.enhetschef': 'Unit manager',

  'processType.huvudprocess': 'Core process',
  'processType.styrprocess': 'Steering process',
  'processType.stodprocess': 'Support process',

  'transition.noSuchTransition': 'That status change is not possible from the inventory’s current status.',
  'transition.forbidden': 'You may not make this status change for this unit.',
  'transition.selfReview': 'You cannot review or approve your own inventory.',
  'transition.commentRequired': 'Write a comment to the manager about what needs to change.',
  'transition.invalid': 'The inventory is not ready to submit. Correct the highlighted values first.',

  'edit.notManager': 'Only the unit’s manager can change the inventory.',
  'edit.locked':
    'The inventory is submitted or approved and cannot be changed. Ask the reviewer to return it.',

  'proposal.verksamhetsnara': 'Keep close to operations',
  'proposal.samordnaSektor': 'Coordinate in the sector',
  'proposal.centralisera': 'Centralise',
  'proposal.insufficientData': 'Too few answers for a proposal',
  'proposalRule.insufficientData': 'Fewer than {minVotes} managers stated a placement.',
  'proposalRule.keepCloseMajority':
    '{share} of managers want the support close to operations, and its quality is acceptable.',
  'proposalRule.centraliseMajority': '{share} of managers think the support can be centralised.',
  'proposalRule.centraliseFragmented':
    'The support is split across {units} units with {mean} FTE each on average, and its quality is low.',
  'proposalRule.coordinateCloseLowQuality':
    'Managers want the support close, but its quality is low: coordinate in the sector and keep it near.',
  'proposalRule.coordinateMixed': 'The answers are mixed: coordinate in the sector.',

  'validation.required': 'This value is required.',
  'validation.notANumber': 'Enter a number, for example 0.5 or 1,234.5.',
  'validation.negative': 'The number must not be negative.',
  'validation.notInteger': 'Enter a whole number.',
  'validation.outOfRange': 'Enter a value between {min} and {max}.',
  'validation.tooLong': 'The text is too long: at most {max} characters.',
  'validation.fteAbovePersons': 'FTE cannot exceed the number of persons ({persons}).',
  'validation.fteAboveHeadcount': 'FTE cannot exceed the number of employees ({headcount}).',
  'validation.roleFteAboveLine': 'The roles’ FTE ({roles}) exceed the function’s FTE ({total}).',
  'validation.adminHoursAboveWeek': 'Administration may total at most {max} hours per week.',
  'validation.gapDescriptionRequired':
    'Describe the competence gap when the need is higher than today’s competence.',
  'validation.rolesRequired': 'Give at least one role when the unit has its own staff in this function.',
  'validation.unknownFunction': 'Unknown support function: {id}.',
  'validation.unknownRole': 'The role {id} does not belong to this function.',
  'validation.unknownLocation': 'Unknown location: {id}.',
  'validation.unknownCategory': 'Unknown category: {id}.',
  'validation.duplicateLine': 'The support function {id} appears more than once.',
  'validation.missingLine': 'The support function {id} has not been answered.',
  'validation.firstLineRequired': 'Fill in the first-line manager section.',
  'validation.duplicateId': 'The id {id} is used more than once.',
  'validation.missingLabel': 'A label is missing in {language}.',
  'validation.unknownReference': 'The reference {id} does not point to anything that exists.',
  'validation.roleNotInFunction': 'The role {id} does not belong to the function {functionId}.',
  'validation.wrongType': 'Wrong kind of value: expected {expected}.',
  'validation.invalidId': 'Invalid id: {id}. Use a–z, A–Z, digits, dot, hyphen and underscore.',
  'validation.invalidDate': 'Invalid date: write YYYY-MM-DD.',
  'validation.datesReversed': 'The end date is before the start date.',
  'validation.unknownParent': 'The parent unit {id} does not exist.',
  'validation.cycle': 'The unit lies below itself in the organisation tree.',
  'validation.wrongParentKind':
    'The unit is on the wrong level: an office belongs under a sector, and a sector directly under the municipality.',
  'validation.invalidUpn': 'Invalid user (UPN): {id}. Enter an e-mail address.',
  'validation.missingOption': 'The option {id} is missing.',
  'validation.emptyList': 'The list must not be empty.',
  'validation.unsupportedVersion': 'The configuration has a version ({version}) this app does not know.',
};
