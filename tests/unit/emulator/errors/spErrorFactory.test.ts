import { SpErrorFactory } from '../../../../emulators/sharepoint/errors/SpErrorFactory';
import { toSpError } from '../../../../emulators/sharepoint/errors/toSpError';
import { ODataSyntaxError, ODataUnsupportedError } from '../../../../emulators/sharepoint/odata/errors';

function parse(body: string | Buffer): Record<string, unknown> {
  return JSON.parse(body.toString()) as Record<string, unknown>;
}

describe('SharePoint’s error bodies', () => {
  const error = SpErrorFactory.itemNotFound();

  it('renders odata.error for minimal metadata', () => {
    const response = error.render('minimal');
    expect(response.status).toBe(404);
    expect(response.statusText).toBe('Not Found');
    expect(response.headers['Content-Type']).toMatch(/^application\/json;odata=minimalmetadata/);
    expect(parse(response.body)).toEqual({
      'odata.error': {
        code: '-2130575338, System.ArgumentException',
        message: { lang: 'en-US', value: 'Item does not exist. It may have been deleted by another user.' },
      },
    });
  });

  it.each(['verbose', 'nometadata'] as const)('renders error for %s', (flavour) => {
    const body = parse(error.render(flavour).body);
    expect(Object.keys(body)).toEqual(['error']);
    expect((body.error as { code: string }).code).toBe('-2130575338, System.ArgumentException');
  });

  it('uses real reason phrases, which PnPjs puts in its error message', () => {
    expect(SpErrorFactory.versionConflict({ requestETag: '"1"', currentETag: '"g,2"' }).statusText).toBe(
      'Precondition Failed',
    );
    expect(SpErrorFactory.listViewThreshold().statusText).toBe('Internal Server Error');
    expect(SpErrorFactory.throttled({ retryAfterSeconds: 2, limit: 5 }).statusText).toBe('Too Many Requests');
    expect(SpErrorFactory.notImplemented({ what: '$search' }).statusText).toBe('Not Implemented');
  });

  it('words the version conflict as SharePoint does, naming both ETags', () => {
    const conflict = SpErrorFactory.versionConflict({
      requestETag: '"8"',
      currentETag: '"68be87d5-96e5-49ab-8477-9b17070c8a33,9"',
    });
    expect(conflict.code).toBe('-1, Microsoft.SharePoint.Client.ClientServiceException');
    expect(conflict.message).toBe(
      `The request ETag value '"8"' does not match the object's ETag value '"68be87d5-96e5-49ab-8477-9b17070c8a33,9"'.`,
    );
  });

  it('sends Retry-After in seconds and the RateLimit headers with a 429, Retry-After with a 503', () => {
    const throttled = SpErrorFactory.throttled({ retryAfterSeconds: 3, limit: 10 }).render('minimal');
    expect(throttled.headers).toMatchObject({
      'Retry-After': '3',
      'RateLimit-Limit': '10',
      'RateLimit-Remaining': '0',
      'RateLimit-Reset': '3',
    });
    expect(
      SpErrorFactory.serverTooBusy({ retryAfterSeconds: 1 }).render('minimal').headers['Retry-After'],
    ).toBe('1');
  });

  it('challenges with Bearer realm and SharePoint’s client id, and answers bad tokens with error_description', () => {
    const missing = SpErrorFactory.unauthorized({ realm: 'tenant-id' }).render('minimal');
    expect(missing.status).toBe(401);
    expect(missing.headers['WWW-Authenticate']).toMatch(
      /^Bearer realm="tenant-id",client_id="00000003-0000-0ff1-ce00-000000000000"/,
    );
    const invalid = SpErrorFactory.invalidToken({
      realm: 'tenant-id',
      description: 'Invalid issuer or signature.',
    }).render('verbose');
    expect(parse(invalid.body)).toEqual({ error_description: 'Invalid issuer or signature.' });
    expect(invalid.headers['WWW-Authenticate']).toContain('realm="tenant-id"');
  });

  it('names the --loose switch in the strict-mode 501, in Swedish first and English too', () => {
    const message = SpErrorFactory.notImplemented({ what: '$search' }).message;
    expect(message).toMatch(/^SharePoint-emulatorn stöder inte \$search/);
    expect(message).toContain('The SharePoint emulator does not support $search');
    expect(message.match(/--loose/g)).toHaveLength(2);
  });

  it('throttles with the list view threshold’s exception and current wording', () => {
    const error = SpErrorFactory.listViewThreshold();
    expect(error.status).toBe(500);
    expect(error.code).toBe('-2147024860, Microsoft.SharePoint.SPQueryThrottledException');
    expect(error.message).toBe(
      'The attempted operation is prohibited because it exceeds the list view threshold.',
    );
  });
});

describe('turning thrown errors into SharePoint errors', () => {
  it('answers OData syntax errors with 400 InvalidClientQueryException and their message', () => {
    const { error, unexpected } = toSpError(new ODataSyntaxError('The expression "Title eq" is not valid.'), {
      strict: true,
    });
    expect(unexpected).toBe(false);
    expect(error.status).toBe(400);
    expect(error.code).toBe('-1, Microsoft.SharePoint.Client.InvalidClientQueryException');
    expect(error.message).toBe('The expression "Title eq" is not valid.');
  });

  it('answers unimplemented OData with 501 in strict mode and 400 in loose mode', () => {
    const unsupported = new ODataUnsupportedError('the CAML element <Membership>');
    expect(toSpError(unsupported, { strict: true }).error.status).toBe(501);
    expect(toSpError(unsupported, { strict: false }).error.status).toBe(400);
  });

  it('keeps SharePoint errors as they are and marks anything else unexpected with a 500', () => {
    const denied = SpErrorFactory.accessDenied();
    expect(toSpError(denied, { strict: true }).error).toBe(denied);
    const { error, unexpected } = toSpError(new TypeError('x is undefined'), { strict: true });
    expect(unexpected).toBe(true);
    expect(error.status).toBe(500);
    expect(error.message).toContain('x is undefined');
  });
});
