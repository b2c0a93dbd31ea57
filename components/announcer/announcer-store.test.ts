import { describe, expect, it } from 'vitest';
import { createAnnouncerStore } from './announcer-store';

function createClock() {
  let time = 0;
  const timers: { at: number; run: () => void }[] = [];
  return {
    now: () => time,
    setTimer: (run: () => void, ms: number) => {
      const timer = { at: time + ms, run };
      timers.push(timer);
      return timer;
    },
    clearTimer: (timer: unknown) => {
      timers.splice(timers.indexOf(timer as (typeof timers)[number]), 1);
    },
    advance(ms: number) {
      time += ms;
      for (;;) {
        const due = timers.filter((timer) => timer.at <= time).sort((a, b) => a.at - b.at)[0];
        if (!due) return;
        timers.splice(timers.indexOf(due), 1);
        due.run();
      }
    },
  };
}

describe('createAnnouncerStore', () => {
  it('says a polite announcement at once and drops the same event said again', () => {
    const clock = createClock();
    const store = createAnnouncerStore({ ...clock, gapMs: 1000, dedupeMs: 10_000 });
    store.announce({ key: 'proposal:1', text: 'New proposal by Mexico on OP 3', urgency: 'polite' });
    expect(store.getSnapshot().polite).toBe('New proposal by Mexico on OP 3');
    clock.advance(5000);
    store.announce({ key: 'proposal:1', text: 'changed wording', urgency: 'polite' });
    expect(store.getSnapshot().polite).toBe('New proposal by Mexico on OP 3');
    clock.advance(5000);
    store.announce({ key: 'proposal:1', text: 'again, after the window', urgency: 'polite' });
    expect(store.getSnapshot().polite).toBe('again, after the window');
  });

  it('spaces polite announcements and keeps only the newest of a burst', () => {
    const clock = createClock();
    const store = createAnnouncerStore({ ...clock, gapMs: 1000, maxWaiting: 2 });
    const heard: string[] = [];
    store.subscribe(() => heard.push(store.getSnapshot().polite));
    for (const n of [1, 2, 3, 4]) store.announce({ key: `k${n}`, text: `event ${n}`, urgency: 'polite' });
    expect(heard).toEqual(['event 1']);
    clock.advance(999);
    expect(heard).toEqual(['event 1']);
    clock.advance(1);
    expect(heard).toEqual(['event 1', 'event 3']);
    clock.advance(1000);
    expect(heard).toEqual(['event 1', 'event 3', 'event 4']);
  });

  it('says an assertive announcement at once, even while polite ones wait', () => {
    const clock = createClock();
    const store = createAnnouncerStore({ ...clock, gapMs: 1000 });
    store.announce({ key: 'a', text: 'first', urgency: 'polite' });
    store.announce({ key: 'b', text: 'second', urgency: 'polite' });
    store.announce({ key: 'frozen:p1', text: 'OP 3 was frozen', urgency: 'assertive' });
    expect(store.getSnapshot()).toEqual({ polite: 'first', assertive: 'OP 3 was frozen' });
  });

  it('says nothing more once destroyed', () => {
    const clock = createClock();
    const store = createAnnouncerStore({ ...clock, gapMs: 1000 });
    store.announce({ key: 'a', text: 'first', urgency: 'polite' });
    store.announce({ key: 'b', text: 'second', urgency: 'polite' });
    store.destroy();
    clock.advance(5000);
    expect(store.getSnapshot().polite).toBe('first');
  });
});
