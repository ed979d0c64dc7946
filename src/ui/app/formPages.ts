// The pages that show an inventory's form, loaded together on demand (useLazyModule).
export { InventoryForm } from '../form/InventoryForm';
export { EarlierInventory } from './EarlierInventory';
// A manager's comparison goes with the form: managers open it from the same start page card.
export { ComparisonPage } from '../comparison/ComparisonPage';
