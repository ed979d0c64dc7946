// A link to a unit must open that unit in the tab: written as Teams documents deep links, and read back by a host
// that routes them (the local host's parser stands in for Teams').
import { parseDeepLink } from '../../../emulators/teams-host/protocol/deepLinks';
import { themeName } from '../../../src/teams/context';
import { unitDeepLink, unitIdFromSubEntity, unitSubEntityId } from '../../../src/teams/deepLinks';

const APP_ID = '4b2f6e8a-1c3d-4e5f-9a7b-2c8d0e6f1a3b';

describe('unit deep links', () => {
  it('name the app, the tab and the unit, and a host routes them to the unit', () => {
    const link = unitDeepLink({
      appId: APP_ID,
      entityId: 'inventering',
      unitId: 'E1042',
      label: 'Hemtjänst Norr & Söder',
      webUrl: 'https://app.kommun.se/?unit=E1042',
    });
    expect(link).toMatch(
      /^https:\/\/teams\.microsoft\.com\/l\/entity\/4b2f6e8a-1c3d-4e5f-9a7b-2c8d0e6f1a3b\/inventering\?/,
    );
    expect(link).toContain('label=Hemtj%C3%A4nst%20Norr%20%26%20S%C3%B6der');
    expect(parseDeepLink(link)).toEqual({
      kind: 'entity',
      appId: APP_ID,
      entityId: 'inventering',
      subEntityId: 'enhet:E1042',
      label: 'Hemtjänst Norr & Söder',
      webUrl: 'https://app.kommun.se/?unit=E1042',
    });
  });

  it('carry the channel for a channel tab', () => {
    const link = unitDeepLink({
      appId: APP_ID,
      entityId: 'kommunstyrelsen',
      unitId: 'E7',
      channelId: '19:abc@thread.tacv2',
    });
    expect(parseDeepLink(link)).toMatchObject({ subEntityId: 'enhet:E7', channelId: '19:abc@thread.tacv2' });
  });

  it('read back only sub-entities that name a unit', () => {
    expect(unitIdFromSubEntity(unitSubEntityId('E1042'))).toBe('E1042');
    expect(unitIdFromSubEntity('enhet:')).toBeUndefined();
    expect(unitIdFromSubEntity('dashboard')).toBeUndefined();
    expect(unitIdFromSubEntity(undefined)).toBeUndefined();
  });
});

describe('theme names', () => {
  it('are Teams’ three, anything else the default', () => {
    expect(['default', 'dark', 'contrast', 'neon', undefined].map(themeName)).toEqual([
      'default',
      'dark',
      'contrast',
      'default',
      'default',
    ]);
  });
});
