// The chunk of the work after the inventory: what `loadOrganisationModule` loads when bookings, a consultation
// round or Chefsdagen is opened. pptxgenjs is not in it: it loads with the first PowerPoint file.
export { OrganisationPages, type OrganisationPagesProps } from './OrganisationPages';
