import { GraphQueryable, graphPost, type GraphFI } from '@pnp/graph';
import '@pnp/graph/users';
import { body } from '@pnp/queryable';
import { type ActivityNotifier, type ReminderMessage } from '../domain/board';
import { graphError } from './errors';

// A reminder in the manager's Teams activity feed: `POST /users/{upn}/teamwork/sendActivityNotification` with the
// activity type the app's manifest declares (learn.microsoft.com/graph/api/userteamwork-sendactivitynotification).

/** The manifest's activity type for a reminder; the manifest's `activities.activityTypes` declares it. */
export const reminderActivityType = 'inventoryReminder';

/** What a reminder says besides the units. */
export interface ReminderWording {
  /** The link the notification opens: a Teams deep link to the unit's form. */
  readonly link: (unitId: string) => string;
  /** The period's closing day, as shown (`2026-12-20`). */
  readonly dueDate: string;
}

const previewLimit = 150;

/** The notifier through Graph, as the signed-in project team member (delegated TeamsActivity.Send). */
export function graphActivityNotifier(graph: GraphFI, wording: ReminderWording): ActivityNotifier {
  return {
    async notify(message: ReminderMessage): Promise<void> {
      const units = message.unitNames.join(', ');
      const preview = `Inventeringen för ${units} ska vara klar ${wording.dueDate}.`;
      try {
        await graphPost(
          GraphQueryable(graph.users.getById(message.managerUpn), 'teamwork/sendActivityNotification'),
          body({
            topic: { source: 'text', value: 'Stödinventering', webUrl: wording.link(message.unitId) },
            activityType: reminderActivityType,
            // Teams shows the first 150 characters.
            previewText: {
              content: preview.length > previewLimit ? `${preview.slice(0, previewLimit - 1)}…` : preview,
            },
            templateParameters: [
              { name: 'unitName', value: units },
              { name: 'dueDate', value: wording.dueDate },
            ],
          }),
        );
      } catch (error) {
        throw await graphError(error);
      }
    },
  };
}
