export { en } from './en';
export {
  formatDate,
  formatDateTime,
  formatNumber,
  formatPercent,
  formatTime,
  type DateFormatOptions,
  type NumberFormatOptions,
} from './format';
export { defaultLocale, intlTag, locales, resolveLocale, type Locale, type LocalizedText } from './locale';
export { sv, type MessageKey, type StringTable } from './sv';
export {
  addStringTable,
  fillTemplate,
  localizedMessage,
  stringTable,
  translator,
  type MessageParams,
  type Translate,
} from './translate';
