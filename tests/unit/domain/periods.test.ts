import {
  currentPeriod,
  isIsoDate,
  latestPeriod,
  periodPhase,
  swedishDate,
  validatePeriod,
  type Period,
} from '../../../src/domain';

const period = (id: string, opensOn: string, closesOn: string): Period => ({
  id,
  name: { sv: `Inventering ${id}`, en: `Inventory ${id}` },
  opensOn,
  closesOn,
});

const spring = period('2018', '2018-06-11', '2018-08-31');
const followUp = period('2018b', '2018-08-20', '2018-09-14');
const next = period('2019', '2019-03-01', '2019-04-30');

describe('periods', () => {
  it('are open from the first to the last day, both included', () => {
    expect(periodPhase(spring, '2018-06-10')).toBe('upcoming');
    expect(periodPhase(spring, '2018-06-11')).toBe('open');
    expect(periodPhase(spring, '2018-08-31')).toBe('open');
    expect(periodPhase(spring, '2018-09-01')).toBe('closed');
  });

  it('close at midnight Swedish time, not UTC', () => {
    // 21:30 UTC on 31 August is 23:30 in Stockholm: still open. 22:30 UTC is past midnight there: closed.
    expect(periodPhase(spring, '2018-08-31T21:30:00Z')).toBe('open');
    expect(periodPhase(spring, '2018-08-31T22:30:00Z')).toBe('closed');
    expect(swedishDate('2018-12-31T23:30:00Z')).toBe('2019-01-01'); // winter time, UTC+1
  });

  it('pick the current period, the one opened last when rounds overlap', () => {
    const periods = [spring, followUp, next];
    expect(currentPeriod(periods, '2018-07-01')?.id).toBe('2018');
    expect(currentPeriod(periods, '2018-08-25')?.id).toBe('2018b');
    expect(currentPeriod(periods, '2018-12-01')).toBeNull();
    expect(currentPeriod([], '2018-07-01')).toBeNull();
  });

  it('pick the latest started period for dashboards after a round', () => {
    const periods = [next, spring, followUp];
    expect(latestPeriod(periods, '2018-12-01')?.id).toBe('2018b');
    expect(latestPeriod(periods, '2019-05-01')?.id).toBe('2019');
    expect(latestPeriod(periods, '2018-01-01')).toBeNull();
  });

  it('are validated: real dates, in order, named in both languages', () => {
    expect(validatePeriod(spring).ok).toBe(true);
    const broken = validatePeriod({
      ...spring,
      id: 'vår 2018',
      opensOn: '2018-02-30',
      closesOn: '2018-13-01',
    });
    expect(broken.ok ? [] : broken.issues.map((i) => [i.code, i.path])).toEqual([
      ['invalidId', 'id'],
      ['invalidDate', 'opensOn'],
      ['invalidDate', 'closesOn'],
    ]);
    const reversed = validatePeriod({ ...spring, name: { sv: 'Vår', en: '' }, closesOn: '2018-06-01' });
    expect(reversed.ok ? [] : reversed.issues.map((i) => [i.code, i.path])).toEqual([
      ['missingLabel', 'name.en'],
      ['datesReversed', 'closesOn'],
    ]);
  });

  it('recognise ISO dates and reject impossible ones', () => {
    expect(isIsoDate('2018-09-14')).toBe(true);
    expect(isIsoDate('2018-02-29')).toBe(false);
    expect(isIsoDate('2020-02-29')).toBe(true);
    expect(isIsoDate('14/9/2018')).toBe(false);
    expect(() => swedishDate('snart')).toThrow(RangeError);
  });
});
