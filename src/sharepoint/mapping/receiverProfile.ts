import { type ReceiverRequirement } from '../../domain/config/types';
import { ItemReader, type ItemBody, type SpItem } from './values';

/** The Mottagarprofil columns the app reads. */
export const requirementSelect: readonly string[] = ['ID', 'Title', 'FunctionId', 'RoleId', 'MinArsarbetare'];

/**
 * A mottagare requirement from its Mottagarprofil item.
 * @throws AppError `invalid` naming the item when a column cannot be read.
 */
export function requirementFromItem(item: SpItem): ReceiverRequirement {
  const r = new ItemReader(item, { list: 'mottagarprofil', keyField: 'RoleId' });
  const minArsarbetare = r.number('MinArsarbetare');
  if (minArsarbetare === null) r.text('MinArsarbetare');
  return r.done({
    functionId: r.text('FunctionId'),
    roleId: r.text('RoleId'),
    minArsarbetare: minArsarbetare ?? 0,
  });
}

/** The Mottagarprofil item body for a requirement; `title` is what reviewers read (the role's Swedish name). */
export function requirementToItem(requirement: ReceiverRequirement, title: string): ItemBody {
  return {
    Title: title,
    FunctionId: requirement.functionId,
    RoleId: requirement.roleId,
    MinArsarbetare: requirement.minArsarbetare,
  };
}

/** The key of a requirement: a role is required once per function. */
export function requirementKey(requirement: Pick<ReceiverRequirement, 'functionId' | 'roleId'>): string {
  return `${requirement.functionId}/${requirement.roleId}`;
}
