// The Swedish string table is the source of truth for keys: `en.ts` must carry exactly these keys.
// Placeholders are written {name}; numbers passed as parameters are formatted for the locale.

/** Swedish user texts, keyed by message key. */
export const sv = {
  'app.name': 'Stödinventering',
  'shell.tagline': 'Inventering av stödfunktioner i kommunens enheter',
  'shell.intro':
    'Här fyller varje chef i vilka stödresurser enheten har och får, med en bedömning av kvalitet och kompetens. Granskare på kontor och sektor går igenom svaren, och kommunstyrelsen får en sammanställning per sektor.',

  'error.conflict':
    'Någon annan har ändrat inventeringen medan du arbetade. Jämför versionerna och välj vad som ska gälla.',
  'error.throttled': 'SharePoint tar emot för många förfrågningar just nu. Försök igen om en stund.',
  'error.throttledRetry':
    'SharePoint tar emot för många förfrågningar just nu. Försök igen om {seconds} sekunder.',
  'error.forbidden': 'Du har inte behörighet att göra det här.',
  'error.notFound': 'Det du söker finns inte, eller har tagits bort.',
  'error.invalid': 'Uppgifterna är inte giltiga. Rätta de markerade fälten och försök igen.',
  'error.notInTeams': 'Appen behöver öppnas i Microsoft Teams.',
  'error.offline': 'Ingen anslutning. Försök igen när du är uppkopplad.',
  'error.unavailable': 'Tjänsten är inte tillgänglig just nu. Försök igen senare.',
  'error.unauthenticated': 'Du behöver logga in igen.',
  'error.unexpected': 'Något gick fel. Försök igen, och kontakta projektteamet om felet kvarstår.',

  'status.notStarted': 'Ej påbörjad',
  'status.draft': 'Utkast',
  'status.submitted': 'Inskickad',
  'status.returned': 'Återsänd',
  'status.approved': 'Godkänd',

  'level.kommun': 'Kommun',
  'unitKind.sektor': 'Sektor',
  'unitKind.kontor': 'Kontor',
  'unitKind.enhet': 'Enhet',

  'managerLevel.kommundirektor': 'Kommundirektör',
  'managerLevel.sektorchef': 'Sektorchef',
  'managerLevel.kontorschef': 'Kontorschef/förvaltningschef',
  'managerLevel.avdelningschef': 'Avdelningschef',
  'managerLevel.enhetschef': 'Enhetschef',

  'processType.huvudprocess': 'Huvudprocess',
  'processType.styrprocess': 'Styrprocess',
  'processType.stodprocess': 'Stödprocess',

  'transition.noSuchTransition':
    'Den statusändringen går inte att göra från inventeringens nuvarande status.',
  'transition.forbidden': 'Du får inte göra den här statusändringen för enheten.',
  'transition.selfReview': 'Du kan inte granska eller godkänna din egen inventering.',
  'transition.commentRequired': 'Skriv en kommentar till chefen om vad som behöver ändras.',
  'transition.invalid': 'Inventeringen är inte klar att skicka in. Rätta de markerade uppgifterna först.',

  'edit.notManager': 'Bara enhetens chef kan ändra inventeringen.',
  'edit.locked':
    'Inventeringen är inskickad eller godkänd och kan inte ändras. Be granskaren skicka tillbaka den.',

  'proposal.verksamhetsnara': 'Behåll verksamhetsnära',
  'proposal.samordnaSektor': 'Samordna i sektorn',
  'proposal.centralisera': 'Centralisera',
  'proposal.insufficientData': 'För få svar för ett förslag',
  'proposalRule.insufficientData': 'Färre än {minVotes} chefer har angett placering.',
  'proposalRule.keepCloseMajority':
    '{share} av cheferna vill ha stödet verksamhetsnära, och kvaliteten är godtagbar.',
  'proposalRule.centraliseMajority': '{share} av cheferna anser att stödet kan centraliseras.',
  'proposalRule.centraliseFragmented':
    'Stödet är uppsplittrat på {units} enheter med i snitt {mean} årsarbetare och kvaliteten är låg.',
  'proposalRule.coordinateCloseLowQuality':
    'Cheferna vill ha stödet nära, men kvaliteten är låg: samordna i sektorn och behåll närheten.',
  'proposalRule.coordinateMixed': 'Svaren är blandade: samordna i sektorn.',

  'validation.required': 'Uppgiften krävs.',
  'validation.notANumber': 'Ange ett tal, till exempel 0,5 eller 1 234,5.',
  'validation.negative': 'Talet får inte vara negativt.',
  'validation.notInteger': 'Ange ett heltal.',
  'validation.outOfRange': 'Ange ett värde mellan {min} och {max}.',
  'validation.tooLong': 'Texten är för lång: högst {max} tecken.',
  'validation.fteAbovePersons': 'Årsarbetare kan inte vara fler än antalet personer ({persons}).',
  'validation.fteAboveHeadcount': 'Årsarbetare kan inte vara fler än antalet anställda ({headcount}).',
  'validation.roleFteAboveLine': 'Rollernas årsarbetare ({roles}) är fler än funktionens ({total}).',
  'validation.adminHoursAboveWeek': 'Administrationen får vara högst {max} timmar per vecka sammanlagt.',
  'validation.gapDescriptionRequired': 'Beskriv kompetensgapet när behovet är högre än dagens kompetens.',
  'validation.rolesRequired': 'Ange minst en roll när enheten har egen personal i funktionen.',
  'validation.unknownFunction': 'Okänd stödfunktion: {id}.',
  'validation.unknownRole': 'Rollen {id} hör inte till den här funktionen.',
  'validation.unknownLocation': 'Okänd placering: {id}.',
  'validation.unknownCategory': 'Okänd kategori: {id}.',
  'validation.duplicateLine': 'Stödfunktionen {id} finns mer än en gång.',
  'validation.missingLine': 'Stödfunktionen {id} är inte besvarad.',
  'validation.firstLineRequired': 'Fyll i avsnittet om första linjens chef.',
  'validation.duplicateId': 'Id {id} används mer än en gång.',
  'validation.missingLabel': 'Benämning saknas på {language}.',
  'validation.unknownReference': 'Hänvisningen {id} pekar inte på något som finns.',
  'validation.roleNotInFunction': 'Rollen {id} hör inte till funktionen {functionId}.',
  'validation.wrongType': 'Fel typ av värde: här ska det vara {expected}.',
  'validation.invalidId': 'Ogiltigt id: {id}. Använd a–z, A–Z, siffror, punkt, bindestreck och understreck.',
  'validation.invalidDate': 'Ogiltigt datum: skriv ÅÅÅÅ-MM-DD.',
  'validation.datesReversed': 'Slutdatumet ligger före startdatumet.',
  'validation.unknownParent': 'Den överordnade enheten {id} finns inte.',
  'validation.cycle': 'Enheten ligger under sig själv i organisationsträdet.',
  'validation.wrongParentKind':
    'Enheten ligger på fel nivå: ett kontor ska ligga under en sektor, och en sektor direkt under kommunen.',
  'validation.invalidUpn': 'Ogiltig användare (UPN): {id}. Ange en e-postadress.',
  'validation.missingOption': 'Alternativet {id} saknas.',
  'validation.emptyList': 'Listan får inte vara tom.',
  'validation.unsupportedVersion': 'Konfigurationen har en version ({version}) som appen inte känner till.',
} as const;

/** A key of the string tables. */
export type MessageKey = keyof typeof sv;

/** A complete string table: every key, no more. A key missing in a table is a type error. */
export type StringTable = { readonly [K in MessageKey]: string };
