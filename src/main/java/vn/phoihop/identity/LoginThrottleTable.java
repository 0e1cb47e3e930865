package vn.phoihop.identity;

import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;

/**
 * A map in least-recently-used order with at most {@code maxEntries} entries: over that, entries
 * with nothing to remember go first (swept at most once a second), then the least recently used.
 */
final class LoginThrottleTable<K, S extends LoginThrottleTable.State> {

  /** What is remembered of one key: attempts under way, the last start, a block. */
  abstract static class State {
    int pending;
    Instant lastStart;
    Instant blockedUntil;

    void started(Instant now) {
      pending++;
      lastStart = now;
    }

    boolean blocked(Instant now) {
      return blockedUntil != null && blockedUntil.isAfter(now);
    }

    void expire(Instant now) {
      if (pending > 0 && !now.isBefore(lastStart.plus(LoginThrottle.IN_FLIGHT_TIMEOUT))) {
        pending = 0;
      }
    }

    abstract boolean forgettable(Instant now);
  }

  final LinkedHashMap<K, S> map = new LinkedHashMap<>(256, 0.75f, true);
  final int maxEntries;
  Instant lastSweep = Instant.MIN;

  LoginThrottleTable(int maxEntries) {
    this.maxEntries = maxEntries;
  }

  S get(K key) {
    return map.get(key);
  }

  S put(K key, S state) {
    map.put(key, state);
    return state;
  }

  void remove(K key) {
    map.remove(key);
  }

  void trim(Instant now) {
    if (map.size() <= maxEntries) {
      return;
    }
    if (!now.isBefore(lastSweep.plusSeconds(1)) || now.isBefore(lastSweep)) {
      lastSweep = now;
      map.values().removeIf(s -> s.forgettable(now));
    }
    Iterator<S> eldest = map.values().iterator();
    while (map.size() > maxEntries && eldest.hasNext()) {
      eldest.next();
      eldest.remove();
    }
  }
}
