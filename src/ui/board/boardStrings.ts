import { fillTemplate, type Locale, type MessageParams } from '../../domain';

// The board's words: the project team's publish panel (in the dashboard's chunk), the board's tab and its
// configuration (chunks of their own). The card itself is Swedish only (domain/board/card.ts): the board reads it.

const sv = {
  'publish.heading': 'Sammanställning till kommunstyrelsen',
  'publish.intro':
    'Välj område och väg, förhandsgranska kortet och publicera det i kommunstyrelsens kanal. Kortet innehåller bara summor för sektorer och kommunen, inga namn och inga enskilda enheters svar.',
  'publish.scope': 'Område',
  'publish.kommun': 'Hela kommunen',
  'publish.route': 'Väg in i kanalen',
  'publish.graph': 'Microsoft Graph (som du, schema 1.5)',
  'publish.workflows': 'Workflows-webhook (schema 1.4)',
  'publish.noChannel':
    'Kanalen är inte inställd för appen (config.json: channel), så Graph kan inte användas.',
  'publish.webhook': 'Webhookens adress (Workflows)',
  'publish.webhookHint':
    'Adressen från flödet "Post to a channel when a webhook request is received". Den är hemlig och sparas bara i den här webbläsaren.',
  'publish.preview': 'Förhandsgranskning (schema {version}, {kb} KB av högst {limit} KB)',
  'publish.previewLabel': 'Kortet som publiceras',
  'publish.alternative': 'Textalternativ (det skärmläsare läser)',
  'publish.button': 'Publicera i kanalen',
  'publish.busy': 'Publicerar…',
  'publish.retry': 'Försök igen',
  'publish.posted': 'Publicerad i kanalen {when}.',
  'publish.alreadyPosted': 'Sammanställningen var redan publicerad {when}; inget skickades igen.',
  'publish.again': 'Publicera en ny',
  'publish.tooBig': 'Kortet blir för stort för Teams.',
  'webhook.invalid':
    'Ange adressen som börjar med https:// och slutar på .logic.azure.com eller .environment.api.powerplatform.com.',
  'webhook.retired':
    'Adresser på webhook.office.com hör till Office 365-anslutningarna, som Microsoft har tagit bort. Skapa ett flöde i Workflows i stället.',
  'failed.throttled': 'Teams ber oss vänta {seconds} s. Inget publicerades; försök igen då.',
  'failed.throttledUnknown':
    'Teams ber oss vänta en stund. Inget publicerades; försök igen om en halv minut eller så.',
  'failed.invalid': 'Teams tog inte emot kortet. Inget publicerades. Teams svar: {detail}',
  'failed.unauthenticated':
    'Inloggningen mot Teams gick inte igenom. Inget publicerades; logga in igen och försök.',
  'failed.forbidden':
    'Du saknar behörighet att skriva i kanalen, eller webhookens adress gäller inte längre. Inget publicerades.',
  'failed.notFound': 'Kanalen eller flödet finns inte. Inget publicerades.',
  'failed.offline':
    'Inget svar från Teams. Titta i kanalen om kortet kom fram innan du försöker igen, så att det inte publiceras två gånger.',
  'failed.other': 'Publiceringen misslyckades. Inget publicerades. ({detail})',
  'failed.notRecorded':
    'Sammanställningen kunde inte sparas i listan Sammanställningar, så inget skickades till Teams. Försök igen. ({detail})',
  'board.title': 'Sammanställning: {area}',
  'board.loading': 'Hämtar sammanställningen…',
  'board.none': 'Projektgruppen har inte publicerat någon sammanställning för {area} än.',
  'board.failed': 'Sammanställningen kunde inte hämtas.',
  'board.source':
    'Siffrorna är summor som projektgruppen publicerade {when} ur enheternas inventeringar, i listan Sammanställningar. Kommunstyrelsen kan läsa den listan men inget annat i inventeringen; bara projektgruppen och IT kan ändra den.',
  'board.unknownScope':
    'Fliken är inställd på ett område som inte finns ({scope}). Öppna flikens inställningar.',
  'config.title': 'Lägg till Stödinventering i kanalen',
  'config.body':
    'Välj vad fliken ska visa. Kommunstyrelsens flik visar projektgruppens senaste sammanställning för området; alla andra ser appen som i sin personliga flik.',
  'config.choice': 'Fliken visar',
  'config.app': 'Appen: var och en ser sitt eget',
  'config.board': 'Kommunstyrelsens sammanställning: {area}',
  'config.noScopes':
    'Inga sammanställningar är publicerade än, eller så kan du inte läsa dem; hela kommunen går alltid att välja.',
  'config.tabName': 'Sammanställning – {area}',
};

type BoardKey = keyof typeof sv;

const en: Record<BoardKey, string> = {
  'publish.heading': 'Summary for the municipal board',
  'publish.intro':
    'Choose the area and the route, preview the card and publish it in the board’s channel. The card holds only totals for sectors and the municipality: no names and no single unit’s answers.',
  'publish.scope': 'Area',
  'publish.kommun': 'The whole municipality',
  'publish.route': 'Route into the channel',
  'publish.graph': 'Microsoft Graph (as you, schema 1.5)',
  'publish.workflows': 'Workflows webhook (schema 1.4)',
  'publish.noChannel': 'The app has no channel configured (config.json: channel), so Graph cannot be used.',
  'publish.webhook': 'The webhook’s address (Workflows)',
  'publish.webhookHint':
    'The address from the flow "Post to a channel when a webhook request is received". It is secret and kept only in this browser.',
  'publish.preview': 'Preview (schema {version}, {kb} KB of at most {limit} KB)',
  'publish.previewLabel': 'The card to be published',
  'publish.alternative': 'Text alternative (what screen readers read)',
  'publish.button': 'Publish in the channel',
  'publish.busy': 'Publishing…',
  'publish.retry': 'Try again',
  'publish.posted': 'Published in the channel {when}.',
  'publish.alreadyPosted': 'The summary was published already {when}; nothing was sent again.',
  'publish.again': 'Publish a new one',
  'publish.tooBig': 'The card is too large for Teams.',
  'webhook.invalid':
    'Give the address that starts with https:// and ends in .logic.azure.com or .environment.api.powerplatform.com.',
  'webhook.retired':
    'Addresses on webhook.office.com belong to the Office 365 connectors, which Microsoft has retired. Create a flow in Workflows instead.',
  'failed.throttled': 'Teams asks us to wait {seconds} s. Nothing was published; try again then.',
  'failed.throttledUnknown':
    'Teams asks us to wait a while. Nothing was published; try again in half a minute or so.',
  'failed.invalid': 'Teams did not accept the card. Nothing was published. Teams said: {detail}',
  'failed.unauthenticated': 'Signing in to Teams failed. Nothing was published; sign in again and retry.',
  'failed.forbidden':
    'You may not post in the channel, or the webhook’s address is no longer valid. Nothing was published.',
  'failed.notFound': 'The channel or the flow does not exist. Nothing was published.',
  'failed.offline':
    'No answer from Teams. Look in the channel for the card before you try again, so that it is not published twice.',
  'failed.other': 'Publishing failed. Nothing was published. ({detail})',
  'failed.notRecorded':
    'The summary could not be saved in the list Sammanställningar, so nothing was sent to Teams. Try again. ({detail})',
  'board.title': 'Summary: {area}',
  'board.loading': 'Reading the summary…',
  'board.none': 'The project team has not published a summary for {area} yet.',
  'board.failed': 'The summary could not be read.',
  'board.source':
    'The figures are totals the project team published {when} from the units’ inventories, in the list Sammanställningar. The board can read that list and nothing else of the inventory; only the project team and IT can change it.',
  'board.unknownScope': 'The tab is set to an area that does not exist ({scope}). Open the tab’s settings.',
  'config.title': 'Add Stödinventering to the channel',
  'config.body':
    'Choose what the tab shows. The board’s tab shows the project team’s latest summary of the area; everyone else sees the app as in their personal tab.',
  'config.choice': 'The tab shows',
  'config.app': 'The app: everyone sees their own',
  'config.board': 'The board’s summary: {area}',
  'config.noScopes':
    'No summaries are published yet, or you cannot read them; the whole municipality can always be chosen.',
  'config.tabName': 'Summary – {area}',
};

/** Looks up and fills in a word of the board's pages. */
export type BoardTranslate = (key: BoardKey, params?: MessageParams) => string;

/** The board's words in `locale`. */
export function boardTranslator(locale: Locale): BoardTranslate {
  const table = locale === 'en' ? en : sv;
  return (key, params) => fillTemplate(table[key], { locale, params });
}
