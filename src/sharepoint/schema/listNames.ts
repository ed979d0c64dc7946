import { type ListKey, type ListName } from './types';

// Where each list is and what it is called: all the tab needs at run time. The columns, views and descriptions
// (lists.ts, views.ts) are for provisioning and stay out of the tab's bundle.

/** Every list's key, URL, title and template. */
export const listNames: Readonly<Record<ListKey, ListName>> = {
  organisation: { key: 'organisation', url: 'Organisation', title: 'Organisation', template: 100 },
  perioder: { key: 'perioder', url: 'Perioder', title: 'Perioder', template: 100 },
  stodfunktioner: { key: 'stodfunktioner', url: 'Stodfunktioner', title: 'Stödfunktioner', template: 100 },
  mottagarprofil: { key: 'mottagarprofil', url: 'Mottagarprofil', title: 'Mottagarprofil', template: 100 },
  installningar: { key: 'installningar', url: 'Installningar', title: 'Inställningar', template: 100 },
  inventeringar: { key: 'inventeringar', url: 'Inventeringar', title: 'Inventeringar', template: 100 },
  inventeringsrader: {
    key: 'inventeringsrader',
    url: 'Inventeringsrader',
    title: 'Inventeringsrader',
    template: 100,
  },
  granskningsbeslut: {
    key: 'granskningsbeslut',
    url: 'Granskningsbeslut',
    title: 'Granskningsbeslut',
    template: 100,
  },
  exporter: { key: 'exporter', url: 'Exporter', title: 'Exporter', template: 101 },
  jamforelser: { key: 'jamforelser', url: 'Jamforelser', title: 'Jämförelser', template: 100 },
  oversikter: { key: 'oversikter', url: 'Oversikter', title: 'Översikter', template: 101 },
  sammanstallningar: {
    key: 'sammanstallningar',
    url: 'Sammanstallningar',
    title: 'Sammanställningar',
    template: 100,
  },
  paminnelser: { key: 'paminnelser', url: 'Paminnelser', title: 'Påminnelser', template: 100 },
  scenarier: { key: 'scenarier', url: 'Scenarier', title: 'Scenarier', template: 100 },
  tider: { key: 'tider', url: 'Tider', title: 'Tider', template: 100 },
  bokningar: { key: 'bokningar', url: 'Bokningar', title: 'Bokningar', template: 100 },
  seminarieanteckningar: {
    key: 'seminarieanteckningar',
    url: 'Seminarieanteckningar',
    title: 'Seminarieanteckningar',
    template: 100,
  },
  remissrundor: { key: 'remissrundor', url: 'Remissrundor', title: 'Remissrundor', template: 100 },
  remissvar: { key: 'remissvar', url: 'Remissvar', title: 'Remissvar', template: 100 },
};
