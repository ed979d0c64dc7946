import { swedishDate, type Period } from '../../domain/periods';
import { ItemReader, type ItemBody, type SpItem } from './values';

/** The Perioder columns the app reads. */
export const periodSelect: readonly string[] = ['ID', 'Title', 'PeriodId', 'NameEn', 'OpensOn', 'ClosesOn'];

/**
 * A period from its Perioder item. Date-only columns come back as UTC instants: SharePoint stores the local
 * midnight of the site's time zone (`2018-02-28T23:00:00Z` for 1 March in Stockholm), so the Swedish date of
 * the instant is the date people entered.
 * @throws AppError `invalid` naming the item when a column cannot be read.
 */
export function periodFromItem(item: SpItem): Period {
  const r = new ItemReader(item, { list: 'perioder', keyField: 'PeriodId' });
  const sv = r.text('Title');
  const opens = r.instant('OpensOn');
  const closes = r.instant('ClosesOn');
  const period: Period = {
    id: r.text('PeriodId'),
    name: { sv, en: r.optionalText('NameEn') ?? sv },
    opensOn: opens === null ? '' : swedishDate(opens),
    closesOn: closes === null ? '' : swedishDate(closes),
  };
  if (opens === null) r.text('OpensOn');
  if (closes === null) r.text('ClosesOn');
  return r.done(period);
}

/** The Perioder item body for a period; dates are written as UTC midnight, which is the same Swedish date. */
export function periodToItem(period: Period): ItemBody {
  return {
    Title: period.name.sv,
    PeriodId: period.id,
    NameEn: period.name.en,
    OpensOn: `${period.opensOn}T00:00:00Z`,
    ClosesOn: `${period.closesOn}T00:00:00Z`,
  };
}
