import { useCallback, useEffect, useState } from 'react';

/**
 * A list kept in the browser's localStorage under a key (targets set in the page, improvement
 * actions): read when the key changes, written on every change. Storage that is full or off
 * (a private window) leaves the list in memory for the session.
 */
export function useStoredList<T>(key: string): [T[], (next: T[]) => void] {
  const read = useCallback((): T[] => {
    try {
      const text = window.localStorage.getItem(key);
      const value: unknown = text ? JSON.parse(text) : [];
      return Array.isArray(value) ? (value as T[]) : [];
    } catch {
      return [];
    }
  }, [key]);
  const [list, setList] = useState<T[]>(read);
  useEffect(() => setList(read()), [read]);
  const save = useCallback(
    (next: T[]) => {
      setList(next);
      try {
        window.localStorage.setItem(key, JSON.stringify(next));
      } catch {
        // Kept in memory only.
      }
    },
    [key],
  );
  return [list, save];
}
