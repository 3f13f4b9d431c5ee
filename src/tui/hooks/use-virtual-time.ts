/**
 * Lets virtual time flow with the wall clock while a session is on screen: every `everyMs` of
 * wall time the model advances by that much times its speed, and the screen redraws. This is
 * the only place the wall clock drives the simulator, and only in the terminal UI.
 */
import { useEffect, useState } from 'react';
import type { SessionModel } from '../session/model.js';

export const TICK_MS = 250;

/** Returns the model's revision, so that the caller re-renders on every tick. */
export function useVirtualTime(model: SessionModel, everyMs = TICK_MS, enabled = true): number {
  const [, setRev] = useState(model.revision);
  useEffect(() => {
    if (!enabled) return undefined;
    const timer = setInterval(() => {
      model.tick(everyMs);
      setRev(model.revision);
    }, everyMs);
    return () => clearInterval(timer);
  }, [model, everyMs, enabled]);
  return model.revision;
}
