// The reviewer's pages, loaded together on demand (useLazyModule): the start page's summary and links, the list,
// one unit.
export { ReviewPages } from './ReviewPages';
export { ReviewSummary } from './ReviewSummary';
export { OrganisationWorkLinks } from './OrganisationWorkLinks';
