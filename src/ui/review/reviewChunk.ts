// The reviewer's pages, loaded together on demand (useLazyModule): the start page's summary, the list, one unit.
export { ReviewPages } from './ReviewPages';
export { ReviewSummary } from './ReviewSummary';
