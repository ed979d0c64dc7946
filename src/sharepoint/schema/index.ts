export * from './choices';
export { listNames } from './listNames';
export { lists, siteLists } from './lists';
export * from './types';
export { listDescriptions, listViews } from './views';
