#!/usr/bin/env node
// Guards the *:live scripts: they must run against a real tenant, never silently against the emulator.
const missing = process.argv.slice(2).filter((name) => !process.env[name]);
if (missing.length > 0) {
  console.error(
    `Sätt ${missing.join(' och ')} för att köra mot en riktig SharePoint-webbplats (se docs/emulator.md).\n` +
      `Set ${missing.join(' and ')} to run against a real SharePoint site (see docs/emulator.md).`,
  );
  process.exit(1);
}
