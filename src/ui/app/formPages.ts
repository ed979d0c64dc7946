// The pages that show an inventory's form, loaded together on demand (useFormModule).
export { InventoryForm } from '../form/InventoryForm';
export { EarlierInventory } from './EarlierInventory';
