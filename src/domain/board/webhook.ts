// Which addresses may be a Workflows webhook. The flow's trigger URL is on Logic Apps' or the Power Platform's
// hosts (learn.microsoft.com/connectors/teams, "When a Teams webhook request is received"); Office 365 connector
// URLs (`*.webhook.office.com`) belong to the retired connectors and are refused by name. Plain http only on this
// machine, for the local receiver.

const hostSuffixes = ['.logic.azure.com', '.environment.api.powerplatform.com'];
const loopback = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** Why an address cannot be a Workflows webhook, or `null` when it can. */
export function webhookUrlProblem(text: string): 'invalid' | 'retired' | null {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return 'invalid';
  }
  const host = url.hostname.toLowerCase();
  if (host === 'webhook.office.com' || host.endsWith('.webhook.office.com')) return 'retired';
  if (loopback.has(host) && (url.protocol === 'http:' || url.protocol === 'https:')) return null;
  if (url.protocol !== 'https:') return 'invalid';
  return hostSuffixes.some((suffix) => host.endsWith(suffix)) ? null : 'invalid';
}
