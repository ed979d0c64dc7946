import { type InventoryFormProps } from './InventoryForm.types';
import { renderInventoryForm } from './renderInventoryForm';
import { useInventoryForm } from './useInventoryForm';
import { useInventoryFormStyles } from './useInventoryFormStyles.styles';

/**
 * The manager's inventory form: the unit, every configured function grouped by process group, the first-line
 * section for enhetschefer; autosaved as a draft with a local backup, submitted after a summary of what is missing
 * and a confirmation, read-only once submitted unless returned.
 */
export function InventoryForm(props: InventoryFormProps) {
  const state = useInventoryForm(props);
  const styles = useInventoryFormStyles();
  return renderInventoryForm(state, styles);
}
