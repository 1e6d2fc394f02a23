import { signal } from '@preact/signals';

export interface Toast {
  readonly id: number;
  readonly message: string;
  readonly action?: { readonly label: string; readonly run: () => void | Promise<void> };
  /** 'celebrate': a moment of recognition (target reached, goal met), shown a little longer. */
  readonly tone?: 'info' | 'error' | 'celebrate';
}

/** The one message shown at the bottom of the screen (e.g. "Deleted · Undo"). */
export const toast = signal<Toast | null>(null);
let nextId = 1;
let timer: ReturnType<typeof setTimeout> | undefined;

export function showToast(t: Omit<Toast, 'id'>, ms = t.action ? 8000 : 4000): void {
  clearTimeout(timer);
  const shown = { ...t, id: nextId++ };
  toast.value = shown;
  timer = setTimeout(() => {
    if (toast.value?.id === shown.id) toast.value = null;
  }, ms);
}

export function dismissToast(): void {
  clearTimeout(timer);
  toast.value = null;
}
