// Imported for its effect: adds the English strings. Node programs (scripts, tests) import it once; the tab loads
// './en' itself, and only for an English-speaking user.
import { en } from './en';
import { addStringTable } from './translate';

addStringTable('en', en);
