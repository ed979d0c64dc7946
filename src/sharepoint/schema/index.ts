export * from './choices';
export { lists, siteLists } from './lists';
export * from './types';
export { listDescriptions, listViews } from './views';
