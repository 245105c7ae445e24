/** The PostgreSQL the suite uses when it is reachable; CI sets TEST_REQUIRE_POSTGRES=1. */
export const TEST_DATABASE_URL =
  process.env['TEST_DATABASE_URL'] || 'postgres://postgres@127.0.0.1:5432/test';
