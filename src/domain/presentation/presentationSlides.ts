import { type Locale } from '../i18n/locale';
import { slideContext } from './context';
import { consultationSlide } from './slides/consultation';
import { firstLineSlide } from './slides/firstLine';
import { progressSlide } from './slides/progress';
import { proposalsSlide } from './slides/proposals';
import { readinessSlide } from './slides/readiness';
import { scenarioSlide } from './slides/scenario';
import { titleSlide } from './slides/title';
import { type PresentationInput, type Slide } from './types';

/**
 * The slides of the inventory's results for Chefsdagen, in `locale`: the title, progress, the mottagare matrix,
 * the proposals, the chosen scenario, the first-line managers' mission and what the consultation said. A slide
 * whose input is not given (a scenario, the mission, the consultation's tallies) is left out, not shown empty.
 */
export function presentationSlides(input: PresentationInput, locale: Locale): Slide[] {
  const context = slideContext(input, locale);
  const { scenario, firstLine, consultation } = input;
  return [
    titleSlide(context),
    progressSlide(context),
    readinessSlide(context),
    proposalsSlide(context),
    ...(scenario === undefined ? [] : [scenarioSlide(context, scenario)]),
    ...(firstLine === undefined ? [] : [firstLineSlide(context, firstLine)]),
    ...(consultation === undefined || consultation.length === 0
      ? []
      : [consultationSlide(context, consultation)]),
  ];
}
