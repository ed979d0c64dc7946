// MSAL needs what every browser has and jsdom lacks: WebCrypto (`crypto.subtle`, for PKCE and its cache keys) and
// TextEncoder/TextDecoder (to read token claims). Node's own stand in; import this before MSAL.
import { webcrypto } from 'node:crypto';
import { TextDecoder, TextEncoder } from 'node:util';

Object.assign(globalThis, { TextEncoder, TextDecoder });
Object.defineProperty(globalThis, 'crypto', { value: webcrypto, configurable: true });
