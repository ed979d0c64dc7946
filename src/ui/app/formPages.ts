// The pages that show an inventory's form, loaded together on demand (useLazyModule).
export { InventoryForm } from '../form/InventoryForm';
export { EarlierInventory } from './EarlierInventory';
