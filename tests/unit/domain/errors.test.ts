import {
  AppError,
  appErrorCodes,
  en,
  errorMessage,
  isAppError,
  sv,
  asAppError,
  validationIssue,
  type AppErrorCode,
} from '../../../src/domain';

interface Draft {
  readonly title: string;
  readonly version: string;
}

describe('AppError', () => {
  it('carries its code, the original cause and a developer message', () => {
    const cause = new TypeError('fetch failed');
    const error = new AppError('offline', { cause, message: 'network down while saving' });
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('AppError');
    expect(error.code).toBe('offline');
    expect(error.cause).toBe(cause);
    expect(error.message).toBe('network down while saving');
    expect(error.issues).toEqual([]);
    expect(error.conflict).toBeUndefined();
  });

  it('names the code in the default message', () => {
    expect(new AppError('notFound').message).toBe('AppError: notFound');
  });

  it('carries both versions of a conflict as typed data', () => {
    const mine: Draft = { title: 'Min', version: '3' };
    const theirs: Draft = { title: 'Deras', version: '4' };
    const error = AppError.conflictOf({ mine, theirs }, { cause: { status: 412 } });
    expect(error.code).toBe('conflict');
    // Typed access: `conflict.theirs.version` is a string without casts.
    const theirVersion: string | undefined = error.conflict?.theirs.version;
    expect(theirVersion).toBe('4');
    expect(error.conflict?.mine).toBe(mine);
    expect(error.cause).toEqual({ status: 412 });
  });

  it('carries validation issues and a retry delay', () => {
    const issue = validationIssue('negative', { path: 'lines.hr.persons' });
    expect(new AppError('invalid', { issues: [issue] }).issues).toEqual([issue]);
    expect(new AppError('throttled', { retryAfterSeconds: 12 }).retryAfterSeconds).toBe(12);
  });

  it('is recognised by isAppError, also when it crossed a bundle boundary', () => {
    expect(isAppError(new AppError('forbidden'))).toBe(true);
    const lookalike = Object.assign(new Error('x'), { name: 'AppError', code: 'forbidden' });
    expect(isAppError(lookalike)).toBe(true);
    expect(isAppError(Object.assign(new Error('x'), { name: 'AppError', code: 'nonsense' }))).toBe(false);
    expect(isAppError(new Error('plain'))).toBe(false);
    expect(isAppError('forbidden')).toBe(false);
  });

  it('wraps anything else as unexpected, keeping it as the cause', () => {
    const original = new RangeError('boom');
    const wrapped = asAppError(original);
    expect(wrapped.code).toBe('unexpected');
    expect(wrapped.cause).toBe(original);
    expect(wrapped.message).toBe('boom');
    const known = new AppError('offline');
    expect(asAppError(known)).toBe(known);
    expect(asAppError('text').message).toBe('text');
  });
});

describe('errorMessage', () => {
  it.each(appErrorCodes.map((code) => [code]))('looks up %s in both string tables', (code: AppErrorCode) => {
    const error = new AppError(code, { message: 'developer text that users never see' });
    expect(errorMessage(error, 'sv')).toBe(sv[`error.${code}`]);
    expect(errorMessage(error, 'en')).toBe(en[`error.${code}`]);
    expect(errorMessage(error, 'sv')).not.toBe(errorMessage(error, 'en'));
  });

  it('tells how long to wait when the server said', () => {
    const error = new AppError('throttled', { retryAfterSeconds: 30 });
    expect(errorMessage(error, 'sv')).toBe(
      'SharePoint tar emot för många förfrågningar just nu. Försök igen om 30 sekunder.',
    );
    expect(errorMessage(error, 'en')).toContain('Try again in 30 seconds.');
  });

  it('shows the unexpected text for errors that are not AppErrors', () => {
    expect(errorMessage(new Error('socket hang up'), 'sv')).toBe(sv['error.unexpected']);
    expect(errorMessage(undefined, 'en')).toBe(en['error.unexpected']);
  });
});
