import { create } from 'zustand';
import { defaultFilters, type QueueFilters } from '../features/queue/queueFilters';

export type View = 'queue' | 'sources' | 'settings';

/** UI state only: what is selected, filtered and shown. The data lives in the database. */
export interface UiState {
  view: View;
  filters: QueueFilters;
  /** The row the keyboard cursor is on. */
  activeId: string | null;
  /** The mention shown in the detail pane. */
  openId: string | null;
  /** Problems saving to the local database, shown until the next start. */
  storageErrors: string[];
  reportStorageError: (message: string) => void;
  setView: (view: View) => void;
  setFilter: <K extends keyof QueueFilters>(key: K, value: QueueFilters[K]) => void;
  clearFilters: () => void;
  setActive: (id: string | null) => void;
  open: (id: string | null) => void;
  reset: () => void;
}

const initial = {
  view: 'queue' as View,
  filters: defaultFilters,
  activeId: null,
  openId: null,
  storageErrors: [],
};

export const useUiStore = create<UiState>()((set) => ({
  ...initial,
  setView: (view) => set({ view }),
  setFilter: (key, value) => set((state) => ({ filters: { ...state.filters, [key]: value } })),
  clearFilters: () => set({ filters: defaultFilters }),
  setActive: (activeId) => set({ activeId }),
  open: (openId) => set({ openId, activeId: openId, view: 'queue' }),
  reportStorageError: (message) =>
    set((state) => ({ storageErrors: [...state.storageErrors, message] })),
  reset: () => set(initial),
}));
