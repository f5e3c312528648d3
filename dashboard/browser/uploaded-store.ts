/**
 * Uploaded data, kept in this browser only: the dashboard JSON the upload worker computed is stored in
 * the browser's IndexedDB (database `vernetzt`, store `uploads`, one entry) and read by every page. Nothing
 * is sent anywhere: IndexedDB lives on this computer, per site, until "Zurück zum mitgelieferten Datensatz"
 * deletes it (or the browser's site data are cleared).
 */
import type { DashboardData } from "../loaders/dashboard-data.js";

const DATABASE = "vernetzt";
const STORE = "uploads";
const KEY = "current";

/** What is stored: the data and when and from which files they were computed. */
export interface UploadedData extends DashboardData {
  savedAt: string;
  files: string[];
}

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DATABASE, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

async function transact<T>(
  mode: IDBTransactionMode,
  action: (store: IDBObjectStore) => IDBRequest,
): Promise<T> {
  const db = await open();
  try {
    return await new Promise<T>((resolve, reject) => {
      const request = action(db.transaction(STORE, mode).objectStore(STORE));
      request.onsuccess = () => resolve(request.result as T);
      request.onerror = () => reject(request.error);
    });
  } finally {
    db.close();
  }
}

/** Stores the uploaded dataset's dashboard data (replaces an earlier upload). */
export async function saveUploaded(data: UploadedData): Promise<void> {
  await transact("readwrite", (store) => store.put(data, KEY));
}

/** The uploaded data, or `null` when none is stored (or IndexedDB is unavailable, e.g. private mode). */
export async function loadUploaded(): Promise<UploadedData | null> {
  try {
    return (await transact<UploadedData | undefined>("readonly", (store) => store.get(KEY))) ?? null;
  } catch {
    return null;
  }
}

/** Deletes the uploaded data: the pages show the built dataset again. */
export async function clearUploaded(): Promise<void> {
  await transact("readwrite", (store) => store.delete(KEY));
}
