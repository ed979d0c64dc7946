// The Teams app package built from the example env file: the manifest and its Swedish localisation validated
// against Microsoft's JSON schemas (the copies in @microsoft/app-manifest, offline), the icons as Teams requires
// them, and exactly four files at the zip's root.
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { isAppError } from '../../../src/domain';
import { personalTabEntityId } from '../../../src/teams';
import {
  buildAppPackage,
  fillManifest,
  manifestDir,
  valueAt,
  type AppPackage,
} from '../../../scripts/lib/package';
import { packageValues, parseEnvFile } from '../../../scripts/lib/package/env';
import { decodePng, iconProblems, outlinePixels } from '../../../scripts/lib/package/icons';
import { bundledSchemaPath, manifestVersion, schemaErrors } from '../../../scripts/lib/package/schema';
import { readZip } from './readZip';

const exampleEnv = join(manifestDir, 'example.env');
const values = packageValues(parseEnvFile(readFileSync(exampleEnv, 'utf8'), 'example.env'), 'example.env');

let dir = '';
let built: AppPackage;
let files: Map<string, Buffer>;
const realFetch = globalThis.fetch;

beforeAll(() => {
  // Offline: any attempt to fetch a schema fails the build below.
  globalThis.fetch = () => Promise.reject(new Error('no network in these tests'));
  dir = mkdtempSync(join(tmpdir(), 'app-package-'));
  built = buildAppPackage({ envFile: exampleEnv, out: join(dir, 'app.zip') });
  files = readZip(readFileSync(built.path));
});
afterAll(() => {
  globalThis.fetch = realFetch;
  rmSync(dir, { recursive: true, force: true });
});

const json = (name: string): Record<string, unknown> =>
  JSON.parse(files.get(name)?.toString('utf8') ?? 'null') as Record<string, unknown>;

describe('the zip', () => {
  it('holds exactly manifest.json, sv.json and the two icons, at its root', () => {
    expect([...files.keys()].sort()).toEqual(['color.png', 'manifest.json', 'outline.png', 'sv.json']);
    expect(built.files).toEqual([...files.keys()]);
  });

  it('carries the committed localisation file and icons byte for byte', () => {
    for (const name of ['sv.json', 'color.png', 'outline.png']) {
      expect(files.get(name)?.equals(readFileSync(join(manifestDir, name)))).toBe(true);
    }
  });
});

describe('the manifest', () => {
  it(`is valid against Microsoft's v${manifestVersion} schema, read from @microsoft/app-manifest`, () => {
    const manifest = json('manifest.json');
    expect(manifest.$schema).toBe(
      `https://developer.microsoft.com/json-schemas/teams/v${manifestVersion}/MicrosoftTeams.schema.json`,
    );
    expect(manifest.manifestVersion).toBe(manifestVersion);
    expect(bundledSchemaPath(manifest.$schema as string)).toMatch(
      /node_modules[\\/]@microsoft[\\/]app-manifest[\\/]build[\\/]json-schemas[\\/]teams[\\/]v1\.30[\\/]MicrosoftTeams\.schema\.json$/,
    );
    expect(schemaErrors(manifest, 'manifest.json')).toEqual([]);
  });

  it('has the env file’s ids and URLs, and no placeholder left', () => {
    const text = files.get('manifest.json')?.toString('utf8') ?? '';
    expect(text).not.toContain('${{');
    const manifest = json('manifest.json');
    expect(manifest).toMatchObject({
      id: values.teamsAppId,
      version: '1.0.0',
      developer: {
        name: 'Kommunens IT-avdelning',
        websiteUrl: 'https://www.kommun.example/',
        privacyUrl: 'https://www.kommun.example/personuppgifter',
        termsOfUseUrl: 'https://www.kommun.example/villkor',
      },
      validDomains: ['stodinventering.kommun.example', 'kommun.sharepoint.com'],
    });
  });

  it('has the personal tab “My unit” on the tab, and a configurable channel tab', () => {
    const manifest = json('manifest.json');
    expect(manifest.staticTabs).toEqual([
      expect.objectContaining({
        // The entity id the reminders' deep links name.
        entityId: personalTabEntityId,
        name: 'My unit',
        contentUrl: 'https://stodinventering.kommun.example/',
        scopes: ['personal'],
      }),
    ]);
    expect(manifest.configurableTabs).toEqual([
      expect.objectContaining({
        configurationUrl: 'https://stodinventering.kommun.example/?view=config',
        scopes: ['team'],
      }),
    ]);
  });

  it('names the Entra app and its api:// resource on the tab’s host for sign-in', () => {
    expect(json('manifest.json').webApplicationInfo).toEqual({
      id: '0d9e8f7a-6b5c-4d3e-8f1a-2b3c4d5e6f70',
      resource: 'api://stodinventering.kommun.example/0d9e8f7a-6b5c-4d3e-8f1a-2b3c4d5e6f70',
    });
  });

  it('is in English, with Swedish as an additional language in sv.json', () => {
    const manifest = json('manifest.json');
    expect(manifest.localizationInfo).toEqual({
      defaultLanguageTag: 'en',
      additionalLanguages: [{ languageTag: 'sv', file: 'sv.json' }],
    });
    expect(manifest.name).toEqual(expect.objectContaining({ short: 'Support inventory' }));
  });
});

describe('the Swedish localisation file', () => {
  it(`is valid against Microsoft's v${manifestVersion} localisation schema`, () => {
    const sv = json('sv.json');
    expect(sv.$schema).toBe(
      `https://developer.microsoft.com/json-schemas/teams/v${manifestVersion}/MicrosoftTeams.Localization.schema.json`,
    );
    expect(schemaErrors(sv, 'sv.json')).toEqual([]);
  });

  it('translates every string of the manifest that Teams localises, and nothing else', () => {
    const sv = json('sv.json');
    const manifest = json('manifest.json');
    const keys = Object.keys(sv).filter((k) => k !== '$schema');
    expect(keys.sort()).toEqual(
      [
        'activities.activityTypes[0].description',
        'activities.activityTypes[0].templateText',
        'description.full',
        'description.short',
        'name.full',
        'name.short',
        'staticTabs[0].name',
      ].sort(),
    );
    for (const key of keys) expect(typeof valueAt(manifest, key)).toBe('string');
    expect(sv['staticTabs[0].name']).toBe('Min enhet');
    expect(sv['name.short']).toBe('Stödinventering');
  });
});

describe('the icons', () => {
  it('are a 192×192 colour icon and a 32×32 outline icon', () => {
    const color = decodePng(files.get('color.png') ?? Buffer.alloc(0), 'color.png');
    const outline = decodePng(files.get('outline.png') ?? Buffer.alloc(0), 'outline.png');
    expect([color.width, color.height]).toEqual([192, 192]);
    expect([outline.width, outline.height]).toEqual([32, 32]);
  });

  it('draw the outline in white only, on a transparent background', () => {
    const outline = decodePng(files.get('outline.png') ?? Buffer.alloc(0), 'outline.png');
    const { coloured, transparent, total } = outlinePixels(outline);
    expect(coloured).toBe(0);
    expect(transparent).toBeGreaterThan(total / 2);
    expect(transparent).toBeLessThan(total);
  });
});

describe('what the checks refuse', () => {
  const template = JSON.parse(readFileSync(join(manifestDir, 'manifest.json'), 'utf8')) as Record<
    string,
    unknown
  >;

  it('the schema: a configurable tab in the personal scope, a missing accent colour, a tab URL that is not one', () => {
    const manifest = fillManifest(template, values);
    delete manifest.accentColor;
    manifest.configurableTabs = [{ configurationUrl: 'stod.kommun.example', scopes: ['personal'] }];
    const errors = schemaErrors(manifest, 'manifest.json');
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.stringContaining("must have required property 'accentColor'"),
        expect.stringMatching(/^\/configurableTabs\/0\/configurationUrl must match pattern/),
        expect.stringMatching(/^\/configurableTabs\/0\/scopes\/0 must be equal to one of the allowed values/),
      ]),
    );
  });

  it('the localisation schema: a key Teams does not localise', () => {
    const sv = { ...json('sv.json'), 'configurableTabs[0].name': 'Styrelsen' };
    expect(schemaErrors(sv, 'sv.json')).toEqual([
      expect.stringContaining('must NOT have additional properties'),
    ]);
  });

  it('a $schema with no bundled copy, rather than fetching it', () => {
    const manifest = { ...fillManifest(template, values), $schema: 'https://example.com/teams.schema.json' };
    expect(() => schemaErrors(manifest, 'manifest.json')).toThrow(/must be one of Microsoft's Teams schemas/);
  });

  it('a placeholder no key fills', () => {
    expect(() => fillManifest({ ...template, packageName: '${{PACKAGE_NAME}}' }, values)).toThrow(
      /placeholders no value fills: PACKAGE_NAME/,
    );
  });

  it('icons of the wrong size, and an outline icon in colour or without transparency', () => {
    const png = (size: number, rgba: [number, number, number, number]): Buffer => {
      const image = new PNG({ width: size, height: size });
      for (let i = 0; i < image.data.length; i += 4) image.data.set(rgba, i);
      return PNG.sync.write(image);
    };
    const outline = readFileSync(join(manifestDir, 'outline.png'));
    const color = readFileSync(join(manifestDir, 'color.png'));
    expect(iconProblems({ color, outline })).toEqual([]);
    expect(iconProblems({ color: png(190, [0, 0, 0, 255]), outline })).toEqual([
      expect.stringContaining('color.png is 190×190 pixels, must be 192×192'),
    ]);
    expect(iconProblems({ color, outline: color })).toEqual([
      expect.stringContaining('outline.png is 192×192 pixels, must be 32×32'),
      expect.stringContaining('pixels that are neither white nor transparent'),
    ]);
    expect(iconProblems({ color, outline: png(32, [255, 255, 255, 255]) })).toEqual([
      expect.stringContaining(
        'outline.png har ingen genomskinlig bakgrund. / outline.png has no transparent background.',
      ),
    ]);
  });

  it('a package whose icon breaks the rules is not written, and says why', () => {
    const source = mkdtempSync(join(tmpdir(), 'app-package-source-'));
    try {
      for (const name of ['manifest.json', 'sv.json', 'color.png']) {
        copyFileSync(join(manifestDir, name), join(source, name));
      }
      copyFileSync(join(manifestDir, 'color.png'), join(source, 'outline.png'));
      const out = join(source, 'out.zip');
      let error: unknown;
      try {
        buildAppPackage({ envFile: exampleEnv, sourceDir: source, out });
      } catch (e) {
        error = e;
      }
      expect(isAppError(error) && error.code).toBe('invalid');
      expect((error as Error).message).toContain('The app package was not written.');
      expect((error as Error).message).toContain('outline.png is 192×192 pixels, must be 32×32');
      expect(() => readFileSync(out)).toThrow();
      writeFileSync(join(source, 'sv.json'), '{ "name.short": ');
      expect(() => buildAppPackage({ envFile: exampleEnv, sourceDir: source, out })).toThrow(
        /sv.json is not valid JSON/,
      );
    } finally {
      rmSync(source, { recursive: true, force: true });
    }
  });
});
