import type { HttpServer } from './server.js';

/**
 * Lets the routes of `app` (a plugin scope: the parser exists only inside it) take HTML form
 * posts, `application/x-www-form-urlencoded`, as an object of strings. A field sent twice keeps
 * its first value, as a form has one control per name; a body over `bodyLimit` bytes is a 413.
 */
export function acceptFormBodies(app: HttpServer, bodyLimit: number): void {
  app.addContentTypeParser(
    'application/x-www-form-urlencoded',
    { parseAs: 'string', bodyLimit },
    (_request, body, done) => {
      const fields: Record<string, string> = {};
      for (const [name, value] of new URLSearchParams(body as string))
        if (!(name in fields)) fields[name] = value;
      done(null, fields);
    },
  );
}
