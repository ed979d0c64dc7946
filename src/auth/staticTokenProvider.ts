import { AppError } from '../domain/errors';
import { type TokenProvider } from '../domain/ports';

/**
 * A provider that always gives the same token: a script's `SP_TOKEN`, or a token a test signed itself.
 * @throws AppError `unauthenticated` (from `getToken`) when the token is empty.
 */
export function staticTokenProvider(token: string): TokenProvider {
  return {
    getToken: () =>
      token.trim() === ''
        ? Promise.reject(
            new AppError('unauthenticated', { message: 'The static token is empty (is SP_TOKEN set?).' }),
          )
        : Promise.resolve(token),
  };
}
