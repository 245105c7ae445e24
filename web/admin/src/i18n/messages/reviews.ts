import { section } from './section';

/** The reviews pages' messages (filled as the pages are built). */
export const reviews = section({ en: {}, pl: {}, cs: {}, sv: {}, de: {} });
