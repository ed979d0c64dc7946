// The presentation of the inventory's results for Chefsdagen (docs/presentation.md): slides as plain data, which
// the tab shows full screen and src/exports writes to a PowerPoint file.
export { presentationSlides } from './presentationSlides';
export type {
  BulletsBlock,
  ConsultationTally,
  FigureRow,
  FiguresBlock,
  PresentationAggregate,
  PresentationInput,
  PresentationSource,
  Slide,
  SlideBlock,
  SlideId,
  TableBlock,
  TableColumn,
  TableRow,
  TextBlock,
} from './types';
