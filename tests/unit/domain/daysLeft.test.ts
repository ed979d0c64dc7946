import { daysLeft, type Period } from '../../../src/domain';

const spring: Period = {
  id: '2018',
  name: { sv: 'Inventering 2018', en: 'Inventory 2018' },
  opensOn: '2018-06-11',
  closesOn: '2018-08-31',
};

describe('daysLeft', () => {
  it('counts whole days to the last day, which is 0 days left', () => {
    expect(daysLeft(spring, '2018-08-20')).toBe(11);
    expect(daysLeft(spring, '2018-08-31')).toBe(0);
    expect(daysLeft(spring, '2018-09-02')).toBe(-2);
  });

  it('reads an instant as the Swedish date', () => {
    // 22:30 UTC on 30 August is already 31 August in Stockholm (summer time, UTC+2).
    expect(daysLeft(spring, '2018-08-30T21:30:00Z')).toBe(1);
    expect(daysLeft(spring, '2018-08-30T22:30:00Z')).toBe(0);
  });

  it('is not moved by the switch to winter time', () => {
    const autumn = { ...spring, opensOn: '2018-10-01', closesOn: '2018-11-01' };
    expect(daysLeft(autumn, '2018-10-27')).toBe(5);
  });
});
