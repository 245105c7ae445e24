import cliProgress from 'cli-progress';

/** Where long work stands: how far along (`done` of `total`) and a few words on what was done. */
export interface ProgressReading {
  done: number;
  total: number;
  detail: string;
}

/**
 * A bar on a terminal; otherwise a plain line every few seconds, for logs and pipes.
 * `label` names the work (`orders`, a connection id).
 */
export function progressReporter<T>(label: string, read: (progress: T) => ProgressReading) {
  if (process.stdout.isTTY) {
    const bar = new cliProgress.SingleBar(
      { format: `${label} [{bar}] {percentage}% | {detail} | eta {eta_formatted}`, hideCursor: true },
      cliProgress.Presets.shades_classic,
    );
    let started = false;
    return {
      update(progress: T) {
        const { done, total, detail } = read(progress);
        if (!started) bar.start(Math.max(total, 1), 0, { detail: '' });
        started = true;
        bar.setTotal(Math.max(total, 1));
        bar.update(done, { detail });
      },
      stop: () => bar.stop(),
    };
  }
  let last = 0;
  return {
    update(progress: T) {
      if (performance.now() - last < 2000) return;
      last = performance.now();
      const { done, total, detail } = read(progress);
      const percent = total ? Math.floor((done / total) * 100) : 100;
      console.log(`${percent}% · ${detail}`);
    },
    stop() {},
  };
}
