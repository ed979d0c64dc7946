import { ESLint } from 'eslint';
import { join } from 'node:path';

// Lints source text as if it lived at a given path, so the per-folder rules of eslint.config.js apply.
// reason: ESLint loads its config file with a dynamic import, which Jest's CommonJS runtime refuses;
// handing it the same config object keeps the rules under test identical to `npm run lint`.
const eslint = new ESLint({
  cwd: join(__dirname, '../../..'),
  overrideConfigFile: true,
  // reason: the config is a CommonJS file without types; importing it would need allowJs for one line.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  overrideConfig: require('../../../eslint.config.js'),
});

async function restrictedImportMessages(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

jest.setTimeout(30_000);

describe('dependency direction (STYLE.md §1)', () => {
  it('rejects PnPjs in src/domain, and says why', async () => {
    const messages = await restrictedImportMessages(
      'src/domain/bad.ts',
      "import { spfi } from '@pnp/sp';\nexport const sp = spfi;\n",
    );
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/PnPjs is imported in src\/sharepoint only/);
  });

  it.each([
    ["import React from 'react';", /pure \(no React\)/],
    ["import { readFileSync } from 'node:fs';", /no Node built-ins/],
    ["import { readFileSync } from 'fs';", /no Node built-ins/],
    ["import { app } from '@microsoft/teams-js';", /teams-js is imported in src\/teams only/],
    ["import { Button } from '@fluentui/react-components';", /Fluent UI is imported in src\/ui only/],
    ["import { x } from '../sharepoint/repo';", /src\/domain imports nothing from the other folders/],
  ])('rejects %s in src/domain', async (line, why) => {
    const messages = await restrictedImportMessages('src/domain/bad.ts', `${line}\nexport {};\n`);
    expect(messages).toEqual([expect.stringMatching(why)]);
  });

  it('rejects PnPjs in src/ui', async () => {
    const messages = await restrictedImportMessages(
      'src/ui/Bad.tsx',
      "import { spfi } from '@pnp/sp';\nexport {};\n",
    );
    expect(messages).toEqual([expect.stringMatching(/src\/sharepoint only/)]);
  });

  it('rejects src/ imports in the emulators, even types', async () => {
    const messages = await restrictedImportMessages(
      'emulators/sharepoint/bad.ts',
      "import type { Status } from '../../src/domain/status';\nexport type S = Status;\n",
    );
    expect(messages).toEqual([expect.stringMatching(/must not inherit our client/)]);
  });

  it('allows PnPjs in src/sharepoint and the domain in src/ui', async () => {
    expect(
      await restrictedImportMessages(
        'src/sharepoint/ok.ts',
        "import { spfi } from '@pnp/sp';\nexport const s = spfi;\n",
      ),
    ).toEqual([]);
    expect(
      await restrictedImportMessages(
        'src/ui/Ok.tsx',
        "import { AppError } from '../domain/errors';\nexport const e = AppError;\n",
      ),
    ).toEqual([]);
  });
});
