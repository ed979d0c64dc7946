// Every way a SharePoint call fails has words in both languages and a way the autosave recovers.
import { AppError, appErrorCodes, translator } from '../../../src/domain';
import { errorText, saveRecovery } from '../../../src/ui/common/errorText';

it('gives every error code its own message in Swedish and English', () => {
  for (const locale of ['sv', 'en'] as const) {
    const texts = appErrorCodes.map((code) => errorText(new AppError(code), translator(locale)));
    expect(new Set(texts).size).toBe(appErrorCodes.length);
  }
  expect(errorText(new AppError('forbidden'), translator('sv'))).toBe(
    'Du har inte behörighet att göra det här.',
  );
  expect(errorText(new AppError('offline'), translator('en'))).toBe(
    'No connection. Try again when you are online.',
  );
  expect(errorText(new AppError('throttled', { retryAfterSeconds: 30 }), translator('sv'))).toContain(
    '30 sekunder',
  );
  expect(errorText(new Error('boom'), translator('sv'))).toMatch(/^Något gick fel/);
});

it('recovers from each error as its nature asks', () => {
  expect(saveRecovery('conflict')).toBe('resolveConflict');
  expect(saveRecovery('offline')).toBe('waitForNetwork');
  expect(saveRecovery('throttled')).toBe('retryLater');
  expect(saveRecovery('unavailable')).toBe('retryLater');
  for (const code of [
    'forbidden',
    'notFound',
    'invalid',
    'notInTeams',
    'unauthenticated',
    'unexpected',
  ] as const) {
    expect(saveRecovery(code)).toBe('retryManually');
  }
});
