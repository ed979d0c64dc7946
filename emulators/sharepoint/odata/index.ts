// The emulator's protocol library: pure functions over SharePoint's REST wire format, no IO and no store.
export * from './batch';
export * from './caml';
export * from './errors';
export * from './filter';
export * from './format';
export * from './path';
export * from './query';
export { parseInstant } from './instant';
export { parseXml, childElements, textContent, type XmlElement, type XmlNode } from './xml';
