import { formatDate, formatDateTime } from '../../i18n/format';
import { type SlideContext } from '../context';
import { type Slide } from '../types';

/** The first slide: the kommun, the period, the day, and where the figures come from. */
export function titleSlide(context: SlideContext): Slide {
  const { input, locale, t } = context;
  const kommun = input.config.municipality.name[locale];
  const period = input.period.name[locale];
  const date = formatDate(input.shownOn, locale, { style: 'long' });
  const { source } = input;
  const when = formatDateTime(source.kind === 'live' ? source.countedAt : source.createdAt, locale);
  return {
    id: 'title',
    title: t('title.title', { kommun }),
    blocks: [
      {
        kind: 'text',
        paragraphs: [
          t('title.period', { period }),
          date,
          t(source.kind === 'live' ? 'title.live' : 'title.snapshot', { when }),
        ],
      },
    ],
    notes: [
      t('title.notes', { kommun, period, date }),
      t(source.kind === 'live' ? 'title.notesLive' : 'title.notesSnapshot', { when }),
    ].join('\n'),
  };
}
