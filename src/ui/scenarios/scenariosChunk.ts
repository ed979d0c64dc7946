// The scenarios page's chunk: what `loadScenariosModule` loads when the project team opens it from the overview.
export { ScenariosPage, type ScenariosPageProps } from './ScenariosPage';
