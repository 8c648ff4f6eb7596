import { afterEach, describe, expect, it, vi } from 'vitest';
import { countLoad, setContentRefresh, syncContent } from './content-refresh.ts';

afterEach(() => {
  delete (globalThis as Record<symbol, unknown>)[Symbol.for('entente.contentRefresh')];
  vi.useRealTimers();
});

/** A dev server's `refreshContent` that refuses the first `refusals` syncs, then loads the loader. */
function refreshRefusing(refusals: number): { refresh: () => Promise<void>; calls: () => number } {
  let calls = 0;
  const refresh = async (): Promise<void> => {
    calls += 1;
    if (calls > refusals) countLoad();
  };
  return { refresh, calls: () => calls };
}

describe('syncing the content through the dev server', () => {
  it('says it could not without a dev server’s sync (a build, or a config without the integration)', async () => {
    expect(await syncContent()).toBe(false);
  });

  it('asks again while Astro refuses to sync (it reloads its content config after each save), until the loader has loaded', async () => {
    vi.useFakeTimers();
    const server = refreshRefusing(3);
    setContentRefresh(server.refresh);
    const synced = syncContent();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(await synced).toBe(true);
    expect(server.calls()).toBe(4);
  });

  it('asks for one sync for several saves made while Astro refuses: a load started since a save reads it', async () => {
    vi.useFakeTimers();
    const reloadedAt = Date.now() + 100;
    let accepted = 0;
    // Astro reloads its content config for 100 ms and refuses every sync meanwhile.
    setContentRefresh(async () => {
      if (Date.now() < reloadedAt) return;
      accepted += 1;
      countLoad();
    });
    const saves = [syncContent(), syncContent(), syncContent()];
    await vi.advanceTimersByTimeAsync(1_000);
    expect(await Promise.all(saves)).toEqual([true, true, true]);
    expect(accepted).toBe(1);
  });

  it('gives up, for the loader to store its reading itself, when Astro refuses every time for seconds', async () => {
    vi.useFakeTimers();
    const server = refreshRefusing(Infinity);
    setContentRefresh(server.refresh);
    const synced = syncContent();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(await synced).toBe(false);
    expect(server.calls()).toBe(250);
  });
});
