import { section } from './section';

/** The invitations pages' messages (filled as the pages are built). */
export const invitations = section({ en: {}, pl: {}, cs: {}, sv: {}, de: {} });
