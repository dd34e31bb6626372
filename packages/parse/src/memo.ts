/**
 * Remembers a pure function's results for short strings. The same labels and cell texts (`0`,
 * `（一）予以公开`) come back in every report, so reading them once serves a whole batch. The memory
 * is bounded: it starts afresh when full.
 */
export function memoize<T>(fn: (text: string) => T, { limit = 8192, maxLength = 64 } = {}): (text: string) => T {
  const cache = new Map<string, T>();
  return (text) => {
    if (text.length > maxLength) return fn(text);
    let result = cache.get(text);
    if (result === undefined) {
      if (cache.size >= limit) cache.clear();
      result = fn(text);
      cache.set(text, result);
    }
    return result;
  };
}
