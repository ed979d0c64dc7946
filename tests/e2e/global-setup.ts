import { buildIfStale } from '../../scripts/lib/build';

// The browser tests run against the production bundle, built once per run when sources changed.
export default async function globalSetup(): Promise<void> {
  await buildIfStale({ log: () => undefined });
}
