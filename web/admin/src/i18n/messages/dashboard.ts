import { section } from './section';

/** The dashboard pages' messages (filled as the pages are built). */
export const dashboard = section({ en: {}, pl: {}, cs: {}, sv: {}, de: {} });
