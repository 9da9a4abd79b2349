// @vitest-environment happy-dom
/**
 * The service worker's update prompt (SW-3/SW-4 in the browser tests) and when the app looks for a new version:
 * on start (registration), when it comes back to the foreground, when it comes back online, and hourly.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

type Listener = (event: { sw?: object }) => void;

class FakeWorkbox {
  static last: FakeWorkbox;
  readonly listeners = new Map<string, Listener[]>();
  readonly register = vi.fn(async () => ({}));
  readonly update = vi.fn(async () => undefined);
  readonly messageSkipWaiting = vi.fn();
  constructor() {
    FakeWorkbox.last = this;
  }
  addEventListener(type: string, listener: Listener) {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }
  emit(type: string, event: { sw?: object } = {}) {
    for (const listener of this.listeners.get(type) ?? []) listener(event);
  }
}

vi.mock('workbox-window', () => ({ Workbox: FakeWorkbox }));

const HOUR = 60 * 60 * 1000;
let online = true;
let visibility: DocumentVisibilityState = 'visible';

beforeEach(() => {
  vi.useFakeTimers();
  vi.stubEnv('DEV', false);
  online = true;
  visibility = 'visible';
  Object.defineProperty(navigator, 'serviceWorker', { value: {}, configurable: true });
  Object.defineProperty(navigator, 'onLine', { get: () => online, configurable: true });
  Object.defineProperty(document, 'visibilityState', { get: () => visibility, configurable: true });
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

async function start() {
  const { registerServiceWorker } = await import('../../src/app/register-sw.ts');
  const onUpdateReady = vi.fn();
  const onInstallFailed = vi.fn();
  registerServiceWorker(onUpdateReady, onInstallFailed);
  const wb = FakeWorkbox.last;
  await vi.waitFor(() => expect(wb.register).toHaveBeenCalledOnce());
  await Promise.resolve(); // the listeners are added once register() resolves
  return { wb, onUpdateReady, onInstallFailed };
}

describe('looking for a new version', () => {
  it('happens when the app comes back to the foreground, comes back online, and every hour — never while offline', async () => {
    const { wb } = await start();
    expect(wb.update).not.toHaveBeenCalled();

    visibility = 'hidden';
    document.dispatchEvent(new Event('visibilitychange'));
    expect(wb.update).toHaveBeenCalledTimes(0);
    visibility = 'visible';
    document.dispatchEvent(new Event('visibilitychange'));
    expect(wb.update).toHaveBeenCalledTimes(1);

    window.dispatchEvent(new Event('online'));
    expect(wb.update).toHaveBeenCalledTimes(2);

    vi.advanceTimersByTime(HOUR - 1);
    expect(wb.update).toHaveBeenCalledTimes(2);
    vi.advanceTimersByTime(1);
    expect(wb.update).toHaveBeenCalledTimes(3);

    online = false;
    vi.advanceTimersByTime(HOUR);
    document.dispatchEvent(new Event('visibilitychange'));
    expect(wb.update).toHaveBeenCalledTimes(3);
  });
});

describe('a waiting new version', () => {
  it('is offered, and reloads the page once, only after the new worker controls it', async () => {
    const reload = vi.fn();
    vi.spyOn(window, 'location', 'get').mockReturnValue({ ...window.location, reload } as unknown as Location);
    const { wb, onUpdateReady } = await start();
    wb.emit('waiting');
    expect(onUpdateReady).toHaveBeenCalledOnce();
    const prompt = onUpdateReady.mock.calls[0]![0] as { accept(): void };
    expect(reload).not.toHaveBeenCalled();

    prompt.accept();
    expect(wb.messageSkipWaiting).toHaveBeenCalledOnce();
    expect(reload).not.toHaveBeenCalled(); // not before the new worker has taken over
    wb.emit('controlling');
    wb.emit('controlling');
    expect(reload).toHaveBeenCalledOnce();
  });
});

describe('a worker that could not install', () => {
  it('is reported; one replaced by a newer version after installing is not', async () => {
    const { wb, onInstallFailed } = await start();
    const updated = {};
    wb.emit('installed', { sw: updated });
    wb.emit('redundant', { sw: updated });
    expect(onInstallFailed).not.toHaveBeenCalled();
    wb.emit('redundant', { sw: {} });
    expect(onInstallFailed).toHaveBeenCalledOnce();
  });
});
