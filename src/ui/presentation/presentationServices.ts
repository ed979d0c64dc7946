import { type Locale, type Slide } from '../../domain';

// What Chefsdagen's page needs from outside src/ui besides the services it shares with the other pages (the
// dashboard's figures, the snapshots, the scenarios and the consultation): the PowerPoint file, built in
// src/exports with pptxgenjs, which the composition root loads when first asked.

/** Chefsdagen's own service. */
export interface PresentationServices {
  /** The slides as a .pptx file, with their figures in the speaker notes. */
  pptx(slides: readonly Slide[], locale: Locale): Promise<Uint8Array>;
}
