/** A port already taken fails the start with the variable that moves it, not a bare EADDRINUSE. */
export async function listenOrExplain<T>(
  listen: () => Promise<T>,
  variable: string,
  port: number,
): Promise<T> {
  try {
    return await listen();
  } catch (error) {
    const code = (error as { code?: string } | null)?.code;
    if (code === 'EADDRINUSE' || code === 'EACCES') {
      const why = code === 'EADDRINUSE' ? 'is already in use' : 'may not be opened by this user';
      throw new StartError(`port ${port} ${why}: set ${variable} to a free port`, { cause: error });
    }
    throw error;
  }
}

/** A start that could not happen for a reason the operator can fix (the message says how). */
export class StartError extends Error {
  override name = 'StartError';
}
