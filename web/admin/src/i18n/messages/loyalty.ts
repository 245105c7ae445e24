import { section } from './section';

/** The loyalty pages' messages (filled as the pages are built). */
export const loyalty = section({ en: {}, pl: {}, cs: {}, sv: {}, de: {} });
