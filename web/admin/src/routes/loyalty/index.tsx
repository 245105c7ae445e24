import { createFileRoute, redirect } from '@tanstack/react-router';

/** The loyalty section opens on the program editor. */
export const Route = createFileRoute('/loyalty/')({
  beforeLoad: () => {
    throw redirect({ to: '/loyalty/program' });
  },
});
